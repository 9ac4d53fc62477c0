import { expect, test, type Browser } from '@playwright/test';
import ICAL from 'ical.js';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { mailsTo, waitForMail } from '../support/mailbox';
import { createEvent, publicPathOf, registerAndConfirm, STAFF, uniqueEmail } from './flow';

// a shared two-core machine: pages with axe checks and mail round trips need more than the default 30 s
test.describe.configure({ timeout: 120_000 });

async function staffCreates(browser: Browser, title: string, capacity: number): Promise<string> {
	const staff = await browser.newPage();
	await signIn(staff, STAFF.coordinator);
	await createEvent(staff, { title, capacity, offerHours: 24 });
	const path = await publicPathOf(staff);
	await staff.close();
	return path;
}

test('a visitor registers without an account, confirms, gets the .ics and QR, cancels; the waiting-list person gets the offer and accepts', async ({ browser }) => {
	test.setTimeout(120_000);
	const title = `Seminārs par koprades telpām ${Date.now().toString(36)}`;
	const eventPath = await staffCreates(browser, title, 1);
	const anna = { name: 'Anna Bērziņa', email: uniqueEmail('anna') };
	const juris = { name: 'Juris Kalniņš', email: uniqueEmail('juris') };

	const annaPage = await (await browser.newContext()).newPage();
	await annaPage.goto(eventPath);
	await expect(annaPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(annaPage.getByText('Brīvas 1 no 1')).toBeVisible();
	await expectAccessible(annaPage);
	await registerAndConfirm(annaPage, eventPath, anna);
	await expect(annaPage.getByText('pieteicies', { exact: false }).first()).toBeVisible();
	await expect(annaPage.getByRole('img', { name: 'QR kods ieejai pasākumā' })).toBeVisible();
	await expectAccessible(annaPage);

	const confirmation = await waitForMail(anna.email, { subject: /Jūs esat pieteicies/ });
	const ics = confirmation.attachments.find((a) => a.filename.endsWith('.ics'))!;
	const vevent = new ICAL.Component(ICAL.parse(Buffer.from(ics.content, 'base64').toString())).getFirstSubcomponent('vevent')!;
	expect(vevent.getFirstPropertyValue('summary')).toBe(title);
	expect(confirmation.attachments.some((a) => a.contentType === 'image/png')).toBe(true);
	// the HTML shows the attached QR inline (mailparser turns its cid: reference into the image data)
	expect(confirmation.html).toMatch(/<img src="(cid:qr@tuvuma|data:image\/png)/);
	const cancelLink = confirmation.links.find((l) => l.includes('atcelt=1'))!;

	// the place is taken: Juris lands on the waiting list
	const jurisPage = await (await browser.newContext()).newPage();
	await jurisPage.goto(eventPath);
	await expect(jurisPage.getByText(/Visas vietas ir aizņemtas/)).toBeVisible();
	await registerAndConfirm(jurisPage, eventPath, juris);
	await expect(jurisPage.getByText('gaidīšanas sarakstā').first()).toBeVisible();
	await waitForMail(juris.email, { subject: /Gaidīšanas sarakstā/ });

	// Anna cancels from the link in her mail
	await annaPage.goto(cancelLink);
	await expect(annaPage.getByText(/Vai tiešām vēlaties atcelt/)).toBeVisible();
	await annaPage.getByRole('button', { name: 'Atcelt pieteikumu' }).click();
	await expect(annaPage.getByText(/Pieteikums atcelts/)).toBeVisible();
	await waitForMail(anna.email, { subject: /Pieteikums atcelts/ });

	// Juris gets the offer and accepts it from his personal page
	const offer = await waitForMail(juris.email, { subject: /Jums ir vieta/ });
	await jurisPage.goto(offer.links.find((l) => l.includes('/mana?k=') && !l.includes('atcelt'))!);
	await expect(jurisPage.getByText(/Jums ir piedāvāta vieta/)).toBeVisible();
	await jurisPage.getByRole('button', { name: 'Pieņemt vietu' }).click();
	await expect(jurisPage.getByText(/Vieta ir jūsu/)).toBeVisible();
	await expect(jurisPage.getByRole('img', { name: 'QR kods ieejai pasākumā' })).toBeVisible();
	await waitForMail(juris.email, { subject: /Jūs esat pieteicies/ });
});

test('registration without JavaScript: errors name the field and keep what was typed; then it works', async ({ browser }) => {
	const title = `Darbnīca bez skriptiem ${Date.now().toString(36)}`;
	const eventPath = await staffCreates(browser, title, 20);
	const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await page.goto(eventPath);
	await page.getByLabel('Vārds un uzvārds').fill('Ilze Ozola');
	await page.getByLabel('E-pasts').fill('ilze-nav-adrese');
	await page.getByRole('button', { name: 'Pieteikties' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('E-pasts');
	await expect(summary).toContainText('Piekrišana');
	await expect(page.getByLabel('Vārds un uzvārds')).toHaveValue('Ilze Ozola');
	await expect(page.getByLabel('E-pasts')).toHaveValue('ilze-nav-adrese');
	const email = uniqueEmail('ilze');
	await page.getByLabel('E-pasts').fill(email);
	await page.getByLabel(/Piekrītu/).check();
	await page.getByRole('button', { name: 'Pieteikties' }).click();
	await expect(page.getByText(`nosūtījām apstiprinājuma saiti uz ${email}`)).toBeVisible();
	await waitForMail(email, { subject: /Apstipriniet pieteikumu/ });
});

test('a double click on "Pieteikties" sends one confirmation', async ({ browser }) => {
	const title = `Vebinārs dubultklikšķim ${Date.now().toString(36)}`;
	const eventPath = await staffCreates(browser, title, 20);
	const page = await (await browser.newContext()).newPage();
	await page.goto(eventPath);
	const email = uniqueEmail('dubult');
	await page.getByLabel('Vārds un uzvārds').fill('Dace Siliņa');
	await page.getByLabel('E-pasts').fill(email);
	await page.getByLabel(/Piekrītu/).check();
	await page.getByRole('button', { name: 'Pieteikties' }).dblclick();
	await expect(page.getByText(`nosūtījām apstiprinājuma saiti uz ${email}`)).toBeVisible();
	await waitForMail(email, { subject: /Apstipriniet pieteikumu/ });
	await page.waitForTimeout(1500);
	expect(mailsTo(email)).toHaveLength(1);
});
