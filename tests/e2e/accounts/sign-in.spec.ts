import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { mailsTo, waitForMail } from '../support/mailbox';
import { newConfirmedUser, PASSWORD, uniqueEmail } from './signup-helper';

/** Clicks a submit button and waits for the form's answer (the same message twice must not pass early). */
async function submit(page: Page, name: string): Promise<void> {
	await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('form[action="?/password"]').getByRole('button', { name }).click()]);
}

// several pages, a sign-up and mail per test: generous on a busy machine
test.describe.configure({ timeout: 90_000 });

test('sign in with a link from the mail, which works only once', async ({ page }) => {
	const email = await newConfirmedUser(page, 'Saites Lietotājs', 'saite');
	await page.goto('/lv/ienakt?next=%2Flv%2Fnovadi');
	const asked = new Date();
	await page.getByLabel('E-pasts').nth(1).fill(email);
	await page.getByRole('button', { name: 'Sūtīt ienākšanas saiti' }).click();
	await expect(page.getByRole('status')).toContainText('Ja šai adresei ir konts');
	const mail = await waitForMail(email, { subject: /ienākšanas saite/, after: asked });
	const link = mail.links.find((l) => l.includes('/lv/ienakt/saite'))!;
	await page.goto(link);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Ienākt' }).click();
	await expect(page).toHaveURL(/\/lv\/novadi$/);
	await expect(page.locator('nav.account a[href="/lv/konts"]')).toBeVisible();

	const other = await (await page.context().browser()!.newContext()).newPage();
	await other.goto(link);
	await other.getByRole('button', { name: 'Ienākt' }).click();
	await expect(other).toHaveURL(/\/lv\/ienakt\?saite-neder/);
	await expect(other.getByRole('alert')).toContainText('vairs nav derīga');
});

test('an unknown address gets the same answers as a real one, and no mail', async ({ page }) => {
	const nobody = uniqueEmail('neviens');
	await page.goto('/lv/ienakt');
	await page.getByLabel('E-pasts').nth(1).fill(nobody);
	await page.getByRole('button', { name: 'Sūtīt ienākšanas saiti' }).click();
	await expect(page.getByRole('status')).toHaveText('Ja šai adresei ir konts, tajā drīz pienāks vēstule ar ienākšanas saiti.');

	const form = page.locator('form[action="?/password"]');
	await form.getByLabel('E-pasts').fill(nobody);
	await form.getByLabel('Parole').fill('kaut-kas-123');
	await form.getByRole('button', { name: 'Ienākt' }).click();
	const unknownMessage = await page.getByRole('alert').textContent();
	await form.getByLabel('E-pasts').fill('biedrs@demo.tuvuma.lv');
	await form.getByLabel('Parole').fill('nepareiza-parole');
	await submit(page, 'Ienākt');
	await expect(page.getByRole('alert')).toHaveText(unknownMessage!);
	expect(unknownMessage).toBe('E-pasts vai parole nav pareiza.');

	await page.goto('/lv/aizmirsu-paroli');
	await page.getByLabel('E-pasts').fill(nobody);
	await page.getByRole('button', { name: 'Sūtīt saiti' }).click();
	await expect(page.getByRole('status')).toHaveText('Ja šai adresei ir konts, tajā drīz pienāks vēstule ar saiti jaunas paroles iestatīšanai.');
	await page.waitForTimeout(1500);
	expect(mailsTo(nobody)).toEqual([]);
});

test('password reset by mail sets a new password and ends every session', async ({ browser }) => {
	const page = await (await browser.newContext()).newPage();
	const email = await newConfirmedUser(page, 'Aizmāršīgais', 'parole');
	const elsewhere = await (await browser.newContext()).newPage();
	await signIn(elsewhere, email, PASSWORD);

	await page.goto('/lv/aizmirsu-paroli');
	await expectAccessible(page);
	await page.getByLabel('E-pasts').fill(email);
	await page.getByRole('button', { name: 'Sūtīt saiti' }).click();
	const mail = await waitForMail(email, { subject: /Jaunas paroles/ });
	await page.goto(mail.links.find((l) => l.includes('/lv/aizmirsu-paroli/jauna'))!);
	await expectAccessible(page);
	await page.getByLabel('Jaunā parole').fill('jauna-parole-456');
	await page.getByLabel('Parole vēlreiz').fill('cita-parole-456');
	await page.getByRole('button', { name: 'Saglabāt paroli' }).click();
	await expect(page.locator('#f-confirm-error')).toHaveText('Paroles nesakrīt.');
	await page.getByLabel('Jaunā parole').fill('jauna-parole-456');
	await page.getByLabel('Parole vēlreiz').fill('jauna-parole-456');
	await page.getByRole('button', { name: 'Saglabāt paroli' }).click();
	await expect(page.getByRole('status')).toContainText('Parole nomainīta');

	await elsewhere.goto('/lv/konts');
	await expect(elsewhere).toHaveURL(/\/lv\/ienakt/);
	await signIn(page, email, 'jauna-parole-456');
});

test('repeated wrong passwords throttle sign-in for that address, with the same wording for every address', async ({ page }) => {
	const email = await newConfirmedUser(page, 'Neveiksminieks', 'bremze');
	await page.goto('/lv/ienakt');
	const form = page.locator('form[action="?/password"]');
	for (let i = 0; i < 5; i++) {
		await form.getByLabel('E-pasts').fill(email);
		await form.getByLabel('Parole').fill(`nepareiza-${i}`);
		await submit(page, 'Ienākt');
		await expect(page.getByRole('alert')).toHaveText('E-pasts vai parole nav pareiza.');
	}
	// now even the right password waits
	await form.getByLabel('E-pasts').fill(email);
	await form.getByLabel('Parole').fill(PASSWORD);
	await submit(page, 'Ienākt');
	await expect(page.getByRole('alert')).toContainText('Pārāk daudz neveiksmīgu mēģinājumu');
	await expect(page.locator('nav.account a[href="/lv/konts"]')).toHaveCount(0);
});

test('40 wrong passwords sent at once: no more than the limit of them are checked', async ({ page, baseURL }) => {
	const email = await newConfirmedUser(page, 'Vienlaicīgs', 'vienlaikus');
	// one burst, as a script would send it: the throttle counts each attempt before its password is looked at
	const answers = await Promise.all(
		Array.from({ length: 40 }, (_, i) =>
			page.request.post('/lv/ienakt?/password', { form: { email, password: `nepareiza-${i}` }, headers: { origin: baseURL!, accept: 'text/html' }, maxRedirects: 0 })
		)
	);
	const statuses = answers.map((r) => r.status());
	expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(5);
	expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(35);
	expect(statuses.every((s) => s === 400 || s === 429)).toBe(true);
});

test('sign out everywhere ends the sessions on other devices too', async ({ browser }) => {
	const a = await (await browser.newContext()).newPage();
	const email = await newConfirmedUser(a, 'Daudzierīču', 'visur');
	await signIn(a, email, PASSWORD);
	const b = await (await browser.newContext()).newPage();
	await signIn(b, email, PASSWORD);
	await a.goto('/lv/konts');
	await expect(a.locator('.sessions li')).toHaveCount(2);
	await expect(a.getByText('šī ierīce')).toHaveCount(1);
	await a.getByRole('button', { name: 'Iziet visās ierīcēs' }).click();
	await expect(a).toHaveURL(/\/lv\/ienakt\?izrakstits/);
	await expect(a.getByRole('status')).toHaveText('Jūs esat izrakstīts visās ierīcēs.');
	await b.goto('/lv/konts');
	await expect(b).toHaveURL(/\/lv\/ienakt/);
});
