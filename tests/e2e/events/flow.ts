import { expect, type Page } from '@playwright/test';
import { waitForMail } from '../support/mailbox';

export const STAFF = { coordinator: 'pieriga@demo.tuvuma.lv', editor: 'pieriga-redaktors@demo.tuvuma.lv', otherCoordinator: 'laukuforums@demo.tuvuma.lv' } as const;
export const ORG = 'pierigas-partneriba';

/** A unique address per test run (the SMTP sink keeps every mail of the run). */
export const uniqueEmail = (who: string) => `${who}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}@example.lv`;

/** A date some days ahead as YYYY-MM-DD. */
export const daysAhead = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Staff fill the event form (new event) with the essentials and publish; returns the workspace URL of the event. */
export async function createEvent(page: Page, x: { title: string; capacity?: number; online?: boolean; joinUrl?: string; days?: number; offerHours?: number }): Promise<string> {
	await page.goto(`/lv/organizacijas/${ORG}/darbs/pasakumi/jauns`);
	await page.getByLabel('Nosaukums (latviski)').fill(x.title);
	await page.getByLabel('Veids', { exact: true }).selectOption('seminar');
	await page.getByLabel('Datums', { exact: true }).fill(daysAhead(x.days ?? 10));
	await page.getByLabel('Sākuma laiks').fill('10:00');
	await page.getByLabel('Beigu laiks').fill('12:00');
	if (x.online) {
		await page.getByLabel('Tiešsaistes pasākums').check();
		await page.getByLabel('Pieslēgšanās saite').fill(x.joinUrl ?? 'https://meet.example.lv/x');
	} else {
		await page.getByLabel('Adrese', { exact: true }).fill('Rīgas iela 1, Olaine');
	}
	if (x.capacity !== undefined) await page.getByLabel('Vietu skaits').fill(String(x.capacity));
	if (x.offerHours !== undefined) await page.getByLabel('Piedāvājuma laiks (stundas)').fill(String(x.offerHours));
	await page.getByRole('button', { name: 'Publicēt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: x.title })).toBeVisible();
	return new URL(page.url()).pathname;
}

/** The public slug of an event, read from its workspace page's "public page" link. */
export async function publicPathOf(page: Page): Promise<string> {
	return (await page.getByRole('link', { name: 'Publiskā lapa' }).getAttribute('href'))!;
}

/** A visitor registers on the event page without an account and confirms by the mailed link; ends on their personal page. */
export async function registerAndConfirm(page: Page, eventPath: string, who: { name: string; email: string; guests?: number }): Promise<void> {
	await page.goto(eventPath);
	await page.getByLabel('Vārds un uzvārds').fill(who.name);
	await page.getByLabel('E-pasts').fill(who.email);
	if (who.guests) await page.getByLabel('Cik cilvēku nāks līdzi').fill(String(who.guests));
	await page.getByLabel(/Piekrītu/).check();
	await page.getByRole('button', { name: 'Pieteikties' }).click();
	await expect(page.getByText(`nosūtījām apstiprinājuma saiti uz ${who.email}`)).toBeVisible();
	const mail = await waitForMail(who.email, { subject: /Apstipriniet pieteikumu/ });
	const link = mail.links.find((l) => l.includes('/apstiprinat-e-pastu'))!;
	await page.goto(link);
	await page.getByRole('button', { name: 'Apstiprināt', exact: true }).click();
	await expect(page).toHaveURL(/\/mana\?k=/);
}
