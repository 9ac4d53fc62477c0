// What the contest browser tests share: the coordinator, their workspace, and the steps every test takes.
import { expect as baseExpect, type Browser, type Page } from '@playwright/test';
import { wallClock } from '../../../src/lib/domain/event-time';
import { signIn } from '../support/auth';
import { waitForMail } from '../support/mailbox';

export const expect = baseExpect.configure({ timeout: 20_000 });
export const COORDINATOR = 'pieriga@demo.tuvuma.lv';
export const WORKSPACE = '/lv/organizacijas/pierigas-partneriba/darbs/konkursi';
export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const riga = (d: Date) => wallClock(d, 'Europe/Riga');

export type ContestSetup = { title: string; closesAt: Date; photoPrompt?: string };

/** Signs the coordinator in, creates a commit-reveal contest with one winner and publishes it: its public path and staff URL. */
export async function createAndPublish(page: Page, c: ContestSetup): Promise<{ publicPath: string; staffUrl: string }> {
	await signIn(page, COORDINATOR);
	await page.goto(`${WORKSPACE}/jauns`);
	await page.getByLabel('Nosaukums (LV)').fill(c.title);
	await page.getByLabel('Noteikumi (LV)').fill('Izlozē vienu grozu.\n\nRezerves dalībnieki secībā.');
	const opens = riga(new Date(Date.now() - 3_600_000));
	const closes = riga(c.closesAt);
	await page.getByLabel('Sākuma datums').fill(opens.date);
	await page.locator('#c-ot').fill(opens.time);
	await page.getByLabel('Beigu datums').fill(closes.date);
	await page.locator('#c-ct').fill(closes.time);
	await page.getByLabel('Uzvarētāju skaits').fill('1');
	if (c.photoPrompt) {
		await page.getByLabel('Jāiesūta fotogrāfija').check();
		await page.getByLabel('Ko fotografēt (LV)').fill(c.photoPrompt);
	}
	await page.getByLabel(/Apņemšanās un atklāšana/).check();
	await page.getByLabel('Balva 1 (LV)').fill('Medus grozs');
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: c.title })).toBeVisible();
	await page.getByRole('button', { name: 'Publicēt' }).click();
	await expect(page.getByText('Apņemšanās (SHA-256)')).toBeVisible();
	const publicPath = (await page.getByRole('link', { name: 'Publiskā lapa' }).getAttribute('href'))!;
	return { publicPath, staffUrl: page.url() };
}

/** A visitor without JavaScript fills the entry form (a photo contest: `photo` too) and sends it. */
export async function fillEntry(visitor: Page, publicPath: string, entrant: { name: string; email: string; photo?: { name: string; mimeType: string; buffer: Buffer } }) {
	await visitor.goto(publicPath);
	await visitor.getByLabel('Vārds, uzvārds').fill(entrant.name);
	await visitor.getByLabel('E-pasts').fill(entrant.email);
	await visitor.getByLabel('Pašvaldība').selectOption({ label: 'Jelgavas novads' });
	await visitor.getByLabel(/Piekrītu konkursa noteikumiem/).check();
	if (entrant.photo) await visitor.getByLabel(/Jūsu fotogrāfija/).setInputFiles(entrant.photo);
	await visitor.getByRole('button', { name: 'Pieteikties konkursam' }).click();
}

/** Enters and confirms from the e-mailed link: the entry's public id. */
export async function enterAndConfirm(visitor: Page, publicPath: string, entrant: Parameters<typeof fillEntry>[2]): Promise<string> {
	await fillEntry(visitor, publicPath, entrant);
	await expect(visitor.getByRole('heading', { name: 'Pārbaudiet e-pastu' })).toBeVisible();
	const mail = await waitForMail(entrant.email, { subject: /Apstipriniet pieteikumu/ });
	await visitor.goto(mail.links.find((l) => l.includes('/apstiprinat-e-pastu'))!);
	await visitor.getByRole('button', { name: 'Apstiprināt', exact: true }).click();
	return (await visitor.getByText(/Jūsu pieteikuma numurs ir/).textContent())!.match(/e[a-z2-9]{11}/)![0];
}

/** A browser context without JavaScript, as most entrants' phones are assumed to be. */
export const visitorContext = (browser: Browser) => browser.newContext({ javaScriptEnabled: false });
