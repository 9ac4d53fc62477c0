/** Steps shared by the moderation specs: suggest a producer through the form and confirm by e-mail. */
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectSignedIn } from '../support/auth';
import { waitForMail } from '../support/mailbox';

export const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** The form refuses submissions faster than a person could type: wait past the minimum fill time. */
export const MIN_FILL_MS = 4200;

export async function fillSuggestion(page: Page, s: { name: string; municipality: string; email: string; phone?: string }) {
	await page.goto('/lv/ieteikt');
	// typing before hydration would be overwritten by it (no-op without JavaScript)
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Nosaukums vai vārds').fill(s.name);
	await page.getByLabel('Kas tas ir').selectOption({ label: 'Mājražotājs' });
	await page.getByLabel('Ko viņi ražo').fill('Rupjmaize un klaipi no pašu audzētiem rudziem');
	await page.getByRole('checkbox').first().check();
	await page.getByLabel('Novads').selectOption({ label: s.municipality });
	await page.getByLabel('Pagasts, ciems vai adrese (nav obligāti)').fill('Rudzu iela 1');
	await page.getByLabel('Tālrunis').fill(s.phone ?? `+371 2${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`);
	await page.getByLabel('Jūsu e-pasts').fill(s.email);
}

/** Suggests, confirms through the e-mailed link, and returns the page on the confirmation result. */
export async function suggestAndConfirm(page: Page, s: { name: string; municipality: string; email: string }) {
	await fillSuggestion(page, s);
	await page.waitForTimeout(MIN_FILL_MS);
	await page.getByRole('button', { name: 'Nosūtīt ieteikumu' }).click();
	const sent = page.getByRole('heading', { name: 'Gandrīz gatavs — pārbaudiet e-pastu' });
	const lookAlikes = page.getByRole('button', { name: 'Tas nav neviens no šiem — nosūtīt' });
	// test names look alike: when the form asks "is it one of these?", answer no
	await expect(sent.or(lookAlikes)).toBeVisible();
	if (await lookAlikes.isVisible()) await lookAlikes.click();
	await expect(sent).toBeVisible();
	const mail = await waitForMail(s.email, { subject: /Apstipriniet ieteikumu/ });
	const link = mail.links.find((l) => l.includes('/ieteikt/apstiprinat'));
	expect(link).toBeTruthy();
	await page.goto(link!);
	await page.getByRole('button', { name: 'Apstiprināt un nosūtīt' }).click();
	await expect(page.getByText(`Ieteikums “${s.name}” ir nodots moderatoriem`)).toBeVisible();
}

/**
 * The queue link of a waiting item by its name (`nth` 0 = the oldest). The queue settles before
 * the click and the change's page is awaited by its address: in browser runs on a busy machine the
 * queue was still on screen 7 s after the click (its page came later).
 */
export async function openFromQueue(page: Page, name: string, query = '', nth = 0) {
	await page.goto(`/lv/moderacija${query}`);
	await page.waitForLoadState('networkidle');
	await page.getByRole('link', { name, exact: true }).nth(nth).click();
	await page.waitForURL(/\/moderacija\/labojumi\/[0-9a-f-]{36}$/, { timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 15_000 });
}

/**
 * Like support/auth's signIn, but waits for hydration before typing: on a busy machine the form
 * hydrated after the e-mail was typed and emptied it (seen in this suite). Same form, same checks.
 */
export async function signInSettled(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/lv/ienakt');
	await page.waitForLoadState('networkidle');
	const form = page.locator('form[action="?/password"]');
	await form.getByLabel(/e-pasts/i).fill(email);
	await form.getByLabel(/parole/i).fill(password);
	await form.getByRole('button').click();
	await expectSignedIn(page);
}
