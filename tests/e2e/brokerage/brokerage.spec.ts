import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { newConfirmedUser, PASSWORD } from '../accounts/signup-helper';

// the seed's Latvia–Moldova visit in Bălți, 44 days ahead, has an open brokerage day at numbered tables
const DAY = 86_400_000;
const visitDate = new Date(Math.floor(Date.now() / DAY) * DAY + 44 * DAY).toISOString().slice(0, 10);
const EVENT = `pieredzes-apmaina-moldovas-ziemelu-regiona-${visitDate}`;
const BROKERAGE = `/ro/pasakumi/${EVENT}/tiksanas`;

test.describe.configure({ timeout: 180_000 });

/** A new account, signed in, registered for the visit (signed in with a confirmed address: no mail round). */
async function registeredParticipant(browser: Browser, name: string, tag: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	const email = await newConfirmedUser(page, name, tag);
	await signIn(page, email, PASSWORD);
	await page.goto(`/lv/pasakumi/${EVENT}`);
	await page.getByLabel('Vārds un uzvārds').fill(name);
	await page.getByLabel(/Piekrītu/).check();
	await page.getByRole('button', { name: 'Pieteikties' }).click();
	await expect(page.getByRole('heading', { name: 'Jūsu pieteikums' })).toBeVisible({ timeout: 15_000 });
	return page;
}

async function listMyself(page: Page, organisation: string, intro: string) {
	await page.goto(BROKERAGE);
	await page.getByLabel('Organizația sau întreprinderea').fill(organisation);
	await page.getByLabel('O scurtă prezentare: ce oferiți și ce căutați').fill(intro);
	await page.getByRole('button', { name: 'Salvați' }).click();
	await expect(page.getByText('Înscrierea dumneavoastră a fost salvată.')).toBeVisible();
}

test('ro: two registered participants book a meeting; both agendas show it and the .ics downloads', async ({ browser }) => {
	const ana = await registeredParticipant(browser, 'Ana Brokerage', 'brok-ana');
	const ion = await registeredParticipant(browser, 'Ion Brokerage', 'brok-ion');
	await listMyself(ana, 'Prisaca de test', 'Miere de salcâm pentru distribuitori din Letonia.');
	await listMyself(ion, 'Cooperativa de test', 'Căutăm producători de miere.');

	// Ana asks Ion for a meeting in the first free time; contacts are never on the page
	await ana.goto(BROKERAGE);
	const card = ana.getByRole('listitem').filter({ has: ana.getByRole('heading', { name: /Ion Brokerage/ }) });
	await expect(card).toContainText('Căutăm producători de miere.');
	await expect(ana.locator('main')).not.toContainText('@example.lv');
	await card.getByLabel('Mesaj (opțional)').fill('Să vorbim despre un stand comun.');
	await card.getByRole('button', { name: 'Solicitați întâlnirea' }).click();
	await expect(ana.getByText('Cererea a fost trimisă.')).toBeVisible();
	await expectAccessible(ana);

	// Ion accepts: a table is given
	await ion.goto(BROKERAGE);
	const request = ion.getByRole('listitem').filter({ hasText: 'Solicitată de Ana Brokerage' });
	await expect(request).toContainText('Să vorbim despre un stand comun.');
	await request.getByRole('button', { name: 'Acceptați' }).click();
	await expect(ion.getByText('Răspunsul a fost salvat.')).toBeVisible();
	await expect(ion.getByRole('listitem').filter({ hasText: 'Solicitată de Ana Brokerage' })).toContainText(/Masa nr\. \d/);

	for (const [page, other] of [
		[ana, 'Ion Brokerage'],
		[ion, 'Ana Brokerage']
	] as const) {
		await page.goto(`${BROKERAGE}/mana`);
		await expect(page.getByRole('heading', { level: 1, name: 'Agenda întâlnirilor mele' })).toBeVisible();
		await expect(page.getByRole('row').filter({ hasText: other })).toContainText(/Masa nr\. \d/);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /\.ics/ }).click()]);
		const ics = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
		expect(ics).toContain('DTSTART;TZID=Europe/Chisinau:');
		expect(ics).toContain(other);
	}
	await expectAccessible(ion);

	// staff of the organiser see the meeting in the overview they print
	const staff = await (await browser.newContext()).newPage();
	await signIn(staff, 'laukuforums@demo.tuvuma.lv', undefined, 'ro');
	await staff.goto('/ro/organizacijas/latvijas-lauku-forums/darbs/pasakumi');
	await staff.getByRole('link', { name: /Schimb de experiență în Regiunea de Nord a Moldovei/ }).first().click();
	await staff.getByRole('link', { name: 'Întâlniri', exact: true }).click();
	await expect(staff.getByRole('heading', { name: /Prezentarea întâlnirilor/ })).toBeVisible();
	await expect(staff.getByRole('row').filter({ hasText: 'Ana Brokerage' })).toContainText('Ion Brokerage');
	await expectAccessible(staff);
});
