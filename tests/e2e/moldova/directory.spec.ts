import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';

/**
 * Issue 19, the Moldovan directory in Romanian: a search typed without diacritics finds the Bălți
 * producer, whose page shows its Moldovan number and postal address; the raion page lists Moldova.
 */
test.describe.configure({ timeout: 90_000 });

test('"balti" finds the Bălți producer; its page shows the +373 number and the Moldovan address', async ({ page }) => {
	await page.goto('/ro/meklet?q=balti');
	const hit = page.locator('#group-producer ~ ul .hit', { hasText: 'Prisaca Albinuța din Bălți' });
	await expect(hit).toBeVisible();
	await expectAccessible(page);

	await hit.getByRole('link', { name: 'Prisaca Albinuța din Bălți' }).first().click();
	await expect(page).toHaveURL(/\/ro\/razotaji\/prisaca-albinuta-din-balti$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prisaca Albinuța din Bălți');
	await expect(page.getByText('Stupina familiei Rusu din Bălți', { exact: false })).toBeVisible();
	const phone = page.getByRole('link', { name: '+373 231 2 34 56' });
	await expect(phone).toBeVisible();
	await expect(phone).toHaveAttribute('href', /^tel:\+37323123456$/);
	const facts = page.locator('section[aria-labelledby="location-h"] dl');
	await expect(facts.locator('dt', { hasText: 'Adresa poștală' })).toBeVisible();
	await expect(facts).toContainText('str. Independenței 12, Municipiul Bălți, MD-3100');
	await expect(facts.locator('dt', { hasText: 'Raion sau municipiu' })).toBeVisible();
	await expect(facts.getByRole('link', { name: 'Regiunea de Dezvoltare Nord' })).toBeVisible();
	await expectAccessible(page);
});

test('a cedilla-typed query and the Soroca raion page in Romanian', async ({ page }) => {
	await page.goto('/ro/meklet?q=' + encodeURIComponent('brânză Edineţ'));
	await expect(page.locator('#group-producer ~ ul')).toContainText('Brânzeturi Edineț');

	await page.goto('/ro/novadi/soroca-rajons');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Raionul Soroca');
	await expect(page.getByRole('link', { name: 'Covoare din Cosăuți' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'GAL Lunca Nistrului demo' })).toBeVisible();
	// the server's map picture draws Latvia only: a Moldovan raion's map box asks to open the real map instead
	await expect(page.getByText('Deschideți harta pentru a vedea acest loc.')).toBeVisible();
	await expect(page.locator('svg.map-picture')).toHaveCount(0);
	await expectAccessible(page);
});
