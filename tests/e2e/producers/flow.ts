/** Steps shared by the producer specs: accounts, a new listing, moderator approval. */
import { expect, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectSignedIn } from '../support/auth';
import { waitForMail } from '../support/mailbox';
import { openFromQueue } from '../moderation/flow';

export const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@example.test`;
export const PASSWORD = 'Tuvuma-testa-parole-1';

/** Registers through the real form, confirms the e-mail with the mailed link and signs in. */
export async function newVerifiedUser(browser: Browser, email: string, name = 'Testa Ražotājs'): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/lv/registreties');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Vārds').fill(name);
	await page.getByLabel('E-pasts').fill(email);
	await page.getByLabel('Jaunā parole').fill(PASSWORD);
	await page.getByLabel(/Piekrītu/).check();
	await expect(page.getByLabel('E-pasts')).toHaveValue(email);
	await page.getByRole('button', { name: 'Izveidot kontu' }).click();
	const mail = await waitForMail(email, { subject: /Apstipriniet e-pastu/, timeoutMs: 40_000 });
	const link = mail.links.find((l) => l.includes('/registreties/apstiprinat'));
	expect(link, 'verification link').toBeTruthy();
	await page.goto(link!);
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: 'Apstiprināt e-pastu' }).click();
	await expect(page.getByText('E-pasta adrese apstiprināta')).toBeVisible();
	await signIn(page, email, PASSWORD);
	return page;
}

/**
 * Like support/auth's signIn, but waits for the page to hydrate first: under load a value typed
 * before hydration was sometimes cleared, and the form then refused an empty e-mail.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/lv/ienakt');
	await page.waitForLoadState('networkidle');
	const form = page.locator('form[action="?/password"]');
	await form.getByLabel('E-pasts').fill(email);
	await form.getByLabel('Parole').fill(password);
	await expect(form.getByLabel('E-pasts')).toHaveValue(email);
	await form.getByRole('button').click();
	await expectSignedIn(page);
}

export async function signedIn(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, email);
	return page;
}

/** Fills and sends the sign-up form; returns the new listing's dashboard URL. */
export async function createListing(page: Page, l: { name: string; email: string; description?: string }): Promise<string> {
	await page.goto('/lv/razotajiem/jauns');
	await page.waitForLoadState('networkidle');
	await page.getByLabel(/^Nosaukums/).fill(l.name);
	await page.getByLabel('Kas tas ir').selectOption({ label: 'Mājražotājs' });
	await page.getByRole('textbox', { name: 'Apraksts' }).fill(l.description ?? 'Rupjmaize no pašu audzētiem rudziem, cepta malkas krāsnī.');
	await page.getByLabel('Novads', { exact: true }).selectOption({ label: 'Siguldas novads' });
	await page.getByLabel('Tikai ciems vai pagasts — bez adreses').check();
	await page.getByLabel('E-pasts', { exact: true }).fill(l.email);
	await page.getByRole('button', { name: 'Saglabāt un nosūtīt pārbaudei' }).click();
	await expect(page).toHaveURL(/\/lv\/mans\/[0-9a-f-]{36}\?jauns=1$/);
	return page.url().replace(/\?.*$/, '');
}

/** A moderator opens the oldest waiting revision with this name in the queue and approves it. */
export async function approveInQueue(moderator: Page, name: string): Promise<void> {
	await openFromQueue(moderator, name);
	await moderator.getByRole('button', { name: 'Apstiprināt un publicēt' }).click();
	await expect(moderator).toHaveURL(/\/lv\/moderacija(\?|$)/);
}

/** The owner adds their own farm-gate sales point in Sigulda on the dashboard; it waits for review. */
export async function addOwnSalesPoint(owner: Page, dashboardUrl: string, name: string): Promise<void> {
	await owner.goto(`${dashboardUrl}/vietas`);
	await owner.waitForLoadState('networkidle');
	await owner.getByLabel(/Vietas nosaukums/).fill(name);
	await owner.getByLabel('Kas tas ir').selectOption({ label: 'Pārdošana saimniecībā' });
	await owner.getByLabel('Novads', { exact: true }).selectOption({ label: 'Siguldas novads' });
	await owner.getByRole('button', { name: 'Pievienot savu tirdzniecības vietu' }).click();
	await expect(owner.getByRole('status').filter({ hasText: 'gaida pārbaudi' })).toBeVisible();
}

/** The public slug of a listing, read from its dashboard once it is published. */
export async function publicLinkOf(page: Page, dashboardUrl: string): Promise<string> {
	await page.goto(dashboardUrl);
	const href = await page.getByRole('link', { name: 'Skatīt publisko lapu' }).getAttribute('href');
	expect(href).toMatch(/^\/lv\/razotaji\//);
	return href!;
}

/** No horizontal scroll at the current viewport. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
}
