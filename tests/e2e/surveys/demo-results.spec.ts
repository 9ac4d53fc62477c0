import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';

const expect = baseExpect.configure({ timeout: 20_000 });

// the demo's closing survey of the social-entrepreneurship project (surveys/demo-data.ts, seed document 002)
const TITLE = 'Projekta „Veiksmīgs sociālais uzņēmējs lauku teritorijā” noslēguma aptauja';
const RESULTS = '/lv/aptaujas/socialais-uznemejs-nosleguma-aptauja/rezultati';

test('the project page leads to its closing survey’s results: 46 % of 169 widened their view; 52 / 44 / 33 % found the activities most useful', async ({ page }) => {
	await page.setViewportSize({ width: 412, height: 900 });
	await page.goto('/lv/projekti/veiksmigs-socialais-uznemejs-lauku-teritorija');
	const slot = page.getByRole('region', { name: 'Aptauju rezultāti' });
	await expect(slot).toContainText('169 respondenti');
	await slot.getByRole('link', { name: TITLE }).click();
	await expect(page).toHaveURL(RESULTS);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await expect(page.getByText('n = 169').first()).toBeVisible();
	const widened = page.getByRole('region', { name: /paplašinājis savu redzesloku/ });
	await expect(widened.getByRole('row', { name: /Jā, būtiski/ })).toContainText('46 %');
	const useful = page.getByRole('region', { name: /visnoderīgākās/ });
	await expect(useful.getByRole('row', { name: /Video lekcijas un rokasgrāmata/ })).toContainText('52 %');
	await expect(useful.getByRole('row', { name: /iepazīšanas pasākumi/ })).toContainText('44 %');
	await expect(useful.getByRole('row', { name: /laboratorija/ })).toContainText('33 %');
	await expect(useful.getByRole('img')).toContainText('52 % (88)');
	await expect(useful.locator('p').filter({ hasText: /kopā tie var pārsniegt 100 %/ })).toBeVisible();
	// nine starting a social enterprise and nine already running one, as the project reported
	const next = page.getByRole('region', { name: /Vai veidojat sociālo uzņēmumu/ });
	await expect(next.getByRole('row', { name: /Jau esmu sociālais uzņēmējs/ })).toContainText('9');
	// of the free texts only the two picked quotes are public
	await expect(page.locator('blockquote')).toHaveCount(2);
	await expect(page.locator('body')).not.toContainText('Gribētos vairāk pieredzes braucienu');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
	await expectAccessible(page);
});
