/** Steps shared by the moderation specs: suggest a producer through the form and confirm by e-mail. */
import { expect, type Page } from '@playwright/test';
import { waitForMail } from '../support/mailbox';

export const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** The form refuses submissions faster than a person could type: wait past the minimum fill time. */
export const MIN_FILL_MS = 4200;

export async function fillSuggestion(page: Page, s: { name: string; municipality: string; email: string; phone?: string }) {
	await page.goto('/lv/ieteikt');
	await page.getByLabel('Nosaukums vai vārds').fill(s.name);
	await page.getByLabel('Kas tas ir').selectOption({ label: 'Mājražotājs' });
	await page.getByLabel('Ko viņi ražo').fill('Rupjmaize un klaipi no pašu audzētiem rudziem');
	await page.getByRole('checkbox').first().check();
	await page.getByLabel('Novads').selectOption({ label: s.municipality });
	await page.getByLabel('Pagasts, ciems vai adrese (nav obligāti)').fill('Rudzu iela 1');
	await page.getByLabel('Tālrunis').fill(s.phone ?? '+371 20000777');
	await page.getByLabel('Jūsu e-pasts').fill(s.email);
}

/** Suggests, confirms through the e-mailed link, and returns the page on the confirmation result. */
export async function suggestAndConfirm(page: Page, s: { name: string; municipality: string; email: string }) {
	await fillSuggestion(page, s);
	await page.waitForTimeout(MIN_FILL_MS);
	await page.getByRole('button', { name: 'Nosūtīt ieteikumu' }).click();
	await expect(page.getByRole('heading', { name: 'Gandrīz gatavs — pārbaudiet e-pastu' })).toBeVisible();
	const mail = await waitForMail(s.email, { subject: /Apstipriniet ieteikumu/ });
	const link = mail.links.find((l) => l.includes('/ieteikt/apstiprinat'));
	expect(link).toBeTruthy();
	await page.goto(link!);
	await page.getByRole('button', { name: 'Apstiprināt un nosūtīt' }).click();
	await expect(page.getByText(`Ieteikums “${s.name}” ir nodots moderatoriem`)).toBeVisible();
}

/** The queue link of a waiting item by its name (the first = the oldest). */
export async function openFromQueue(page: Page, name: string, query = '') {
	await page.goto(`/lv/moderacija${query}`);
	await page.getByRole('link', { name, exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}
