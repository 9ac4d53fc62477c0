import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { waitForMail } from '../support/mailbox';
import { MIN_FILL_MS, openFromQueue, signInSettled as signIn, suggestAndConfirm, unique } from '../moderation/flow';

/** Alerts (issue 12): subscribe without an account, double opt-in, one-click unsubscribe (RFC 8058). */

test('from a search, without an account: subscribe → confirm from the mail → a new producer in the weekly digest → one-click unsubscribe', async ({ page, browser, request }) => {
	test.setTimeout(180_000);
	const email = `alerts-${Date.now()}@example.lv`;
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/lv/meklet?q=maiznica');
	await page.waitForLoadState('networkidle');
	const box = page.locator('section.alert-box');
	await box.getByText('Saņemt jaunumus e-pastā').click();
	await expect(box).toContainText('Reizi nedēļā — e-pasts par jaunumiem: “maiznica”.');
	await expectAccessible(page);
	// the anti-spam start time wants a few seconds between opening and sending
	await page.waitForTimeout(MIN_FILL_MS);
	await box.getByRole('textbox', { name: 'E-pasta adrese' }).fill(email);
	await box.getByRole('button', { name: 'Pieteikties' }).click();
	// without consent nothing is sent, and nothing typed is lost
	await expect(box.getByText('Lai sūtītu jaunumus, mums vajag jūsu piekrišanu.')).toBeVisible();
	await expect(box.getByRole('textbox', { name: 'E-pasta adrese' })).toHaveValue(email);
	await box.getByLabel(/Piekrītu, ka Tuvumā glabā/).check();
	await box.getByRole('button', { name: 'Pieteikties' }).click();
	await expect(box.getByRole('status')).toContainText(`uz ${email} nosūtījām apstiprinājuma saiti`);
	await page.screenshot({ path: 'test-results/alerts-subscribed-phone.png', fullPage: false });

	const confirm = await waitForMail(email, { subject: /Apstipriniet paziņojumus: “maiznica”/ });
	await page.goto(confirm.links.find((l) => l.includes('/lv/pazinojumi/apstiprinat?t='))!);
	await expectAccessible(page);
	// a mail scanner's GET confirms nothing: a person presses the button
	await page.getByRole('button', { name: 'Apstiprināt' }).click();
	await expect(page.getByRole('status')).toContainText('Gatavs! Reizi nedēļā saņemsiet jaunumus: “maiznica”.');

	// a bakery is suggested and published after the confirmation: it is news for this alert
	const name = unique('Maiznīca Rudzupuķe');
	await suggestAndConfirm(await (await browser.newContext()).newPage(), { name, municipality: 'Jelgavas novads', email: `ieteicejs-${Date.now()}@example.lv` });
	const admin = await (await browser.newContext()).newPage();
	await signIn(admin, 'admin@demo.tuvuma.lv');
	await openFromQueue(admin, name, '?tips=producer');
	await admin.getByRole('button', { name: 'Apstiprināt un publicēt' }).click();
	await expect(admin.getByRole('status')).toContainText('Apstiprināts un publicēts');
	// the digest goes out on Mondays; the administrator may send it at once
	await admin.goto('/lv/admin/pasts');
	await admin.getByRole('button', { name: 'Sūtīt paziņojumus tūlīt' }).click();
	await expect(admin.getByRole('status')).toContainText('Paziņojumu izsūtīšana sākta');
	await expectAccessible(admin);

	const digest = await waitForMail(email, { subject: /jaunum[a-z]*: “maiznica”/, timeoutMs: 30_000 });
	expect(digest.text).toContain(name);
	expect(digest.links.some((l) => l.includes('/lv/razotaji/'))).toBe(true);
	// RFC 8058: the headers a mail client's own "Unsubscribe" button uses
	expect(digest.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
	const oneClick = digest.headers['list-unsubscribe'].replace(/^<|>$/g, '');
	expect(oneClick).toMatch(/\/lv\/pazinojumi\/atteikties\?t=/);
	expect(digest.text).toContain(oneClick);
	await page.goto(oneClick);
	await expect(page.locator('main')).toContainText(email);
	await expectAccessible(page);

	// the mail provider posts from its own servers: no Origin of ours, and it must work
	const res = await request.post(oneClick, { form: { 'List-Unsubscribe': 'One-Click' } });
	expect(res.status()).toBe(200);
	await page.goto(oneClick);
	await expect(page.getByRole('status')).toHaveText('Šie jaunumi jau ir atcelti.');
	// every other form still refuses a cross-site post
	const forged = await request.post('/lv/pazinojumi', { form: { email: 'x@example.lv' } });
	expect(forged.status()).toBe(403);
});

test('without JavaScript: a search saved as an alert, confirmed from the mail and unsubscribed from the page', async ({ browser }) => {
	test.setTimeout(120_000);
	const email = `bez-js-${Date.now()}@example.lv`;
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
	const page = await context.newPage();
	await page.goto('/lv/meklet?q=ievarijums+riga');
	const box = page.locator('section.alert-box');
	await box.getByText('Saņemt jaunumus e-pastā').click();
	await expect(box).toContainText('“ievarijums riga”');
	await box.getByRole('textbox', { name: 'E-pasta adrese' }).fill(email);
	await box.getByRole('button', { name: 'Pieteikties' }).click();
	// the form comes back on the alerts page with the search and what was typed
	await expect(page).toHaveURL(/\/lv\/pazinojumi$/);
	await expect(page.getByText('Lai sūtītu jaunumus, mums vajag jūsu piekrišanu.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'E-pasta adrese' })).toHaveValue(email);
	await expect(page.locator('section.alert-box')).toContainText('“ievarijums riga”');
	await page.waitForTimeout(MIN_FILL_MS);
	await page.getByLabel(/Piekrītu, ka Tuvumā glabā/).check();
	await page.getByRole('button', { name: 'Pieteikties' }).click();
	await expect(page.getByRole('status')).toContainText(`uz ${email} nosūtījām apstiprinājuma saiti`);

	const confirm = await waitForMail(email, { subject: /Apstipriniet paziņojumus: .*ievarijums riga/ });
	await page.goto(confirm.links.find((l) => l.includes('/lv/pazinojumi/apstiprinat?t='))!);
	await page.getByRole('button', { name: 'Apstiprināt' }).click();
	await expect(page.getByRole('status')).toContainText(/Gatavs! Reizi nedēļā saņemsiet jaunumus: .*ievarijums riga/);
	await page.screenshot({ path: 'test-results/alerts-confirmed-nojs-360.png', fullPage: true });

	// the confirmation page links to the unsubscribe page: one button, no JavaScript needed
	await page.getByRole('link', { name: 'Atteikties no jaunumiem' }).click();
	await expect(page.locator('main')).toContainText(email);
	await page.getByRole('button', { name: 'Atteikties', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Jūs esat atteikušies');
	await context.close();
});

test('the alerts page: choose a category and a region', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/en/pazinojumi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('E-mail alerts');
	await page.getByLabel('Category').selectOption('medus');
	await page.getByLabel('Planning region').selectOption('vidzeme');
	await page.waitForTimeout(4200);
	await page.getByRole('textbox', { name: 'E-mail address' }).fill('page-alert@example.lv');
	await page.getByLabel(/I agree that Tuvumā keeps/).check();
	await page.getByRole('button', { name: 'Subscribe' }).click();
	await expect(page.getByRole('status')).toContainText('we sent a confirmation link to page-alert@example.lv');
	const mail = await waitForMail('page-alert@example.lv', { subject: /Confirm your alert: Honey · Vidzeme/ });
	expect(mail.text).toContain('/en/pazinojumi/apstiprinat?t=');
});
