import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { waitForMail } from '../support/mailbox';

// the cohort with accepted mentees comes from src/lib/server/matching/test-seed.ts (SEED_TEST_MATCHING=1)
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const WORKSPACE = '/lv/organizacijas/pierigas-partneriba/darbs';
const MENTEE = 'tst-mentee-ro@example.lv';
const MENTOR = 'tst-mentor-ro@example.lv';
const path = (link: string) => link.replace(/^https?:\/\/[^/]+/, '');

test('the coordinator adds a mentor, confirms the proposed pair on the board, both accept from their mails, and the pair is active', async ({ page, browser }) => {
	await signIn(page, 'pieriga@demo.tuvuma.lv');
	await page.goto(`${WORKSPACE}/mentori`);
	await expect(page.getByRole('heading', { level: 1, name: 'Mentori' })).toBeVisible();
	const add = page.getByRole('region', { name: 'Pievienot mentoru' });
	await add.getByLabel('Vārds, uzvārds').fill('Maria Ionescu');
	await add.getByLabel('E-pasts').fill(MENTOR);
	await add.getByRole('button', { name: 'Pievienot' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Maria Ionescu' })).toBeVisible();
	await expect(page.getByText('Mentors pievienots.')).toBeVisible();

	// the profile: education, Olaine, Romanian only, two places
	await page.getByText('Sociālās uzņēmējdarbības jomas').click();
	await page.getByLabel('Izglītība').check();
	await page.getByLabel('Novads, kurā mentors atrodas').selectOption({ label: 'Olaines novads' });
	await page.locator('input[name="languages"][value="lv"]').uncheck();
	await page.locator('input[name="languages"][value="ro"]').check();
	await page.getByLabel('Cik dalībnieku vienlaikus').fill('2');
	await page.getByLabel('Par mentoru (latviešu)').fill('Sociālās uzņēmējdarbības konsultante.');
	await page.getByRole('button', { name: 'Saglabāt' }).click();
	await expect(page.getByText('Profils saglabāts.')).toBeVisible();

	// the board of the test cohort
	await page.goto(`${WORKSPACE}/mentori`);
	await page.getByRole('link', { name: /tst-mentorings: 1\. grupa/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mentoru sapārošana' })).toBeVisible();
	const card = page.locator('li.mentee', { has: page.getByRole('heading', { name: 'Ana Popescu' }) });
	await expect(card.getByText('Ieteiktais mentors: Maria Ionescu')).toBeVisible();
	await expect(card.getByText('100 no 100').first()).toBeVisible();
	await expect(card.getByText('var tikties dalībnieka novadā').first()).toBeVisible();
	await expectAccessible(page);
	await card.getByRole('button', { name: 'Apstiprināt pāri ar Maria Ionescu' }).click();
	await expect(page.getByRole('status')).toContainText('Pāris apstiprināts');
	const row = page.getByRole('row', { name: /Ana Popescu/ });
	await expect(row).toContainText('Gaida abu atbildi');
	await expect(page.locator('li.mentee', { has: page.getByRole('heading', { name: 'Ana Popescu' }) })).toHaveCount(0);

	// the mentee answers in her language (Romanian), on a phone; the page ships no script (csr = false),
	// and axe needs scripts to run, so the context keeps them on
	const menteeMail = await waitForMail(MENTEE, { subject: /^Mentorat:/ });
	const menteeLink = menteeMail.links.find((l) => l.includes('/ro/mentorings/atbilde?kods='))!;
	expect(menteeLink).toBeTruthy();
	const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const mentee = await phone.newPage();
	await mentee.goto(path(menteeLink));
	await expect(mentee.getByRole('heading', { level: 1, name: 'Vi se propune un mentor' })).toBeVisible();
	await expect(mentee.getByRole('heading', { name: 'Mentor: Maria Ionescu' })).toBeVisible();
	await expectAccessible(mentee);
	await mentee.getByRole('button', { name: 'Da, sunt de acord' }).click();
	await expect(mentee.getByRole('status')).toContainText('așteptăm răspunsul celeilalte părți');
	await phone.close();

	// the mentor accepts: the pair is active and the link now leads to the pair's page
	const mentorMail = await waitForMail(MENTOR, { subject: /^Mentorings:/ });
	const mentorLink = mentorMail.links.find((l) => l.includes('/lv/mentorings/atbilde?kods='))!;
	const other = await browser.newContext();
	const mentor = await other.newPage();
	await mentor.goto(path(mentorLink));
	await expect(mentor.getByRole('heading', { name: 'Dalībnieks: Ana Popescu' })).toBeVisible();
	await mentor.getByRole('button', { name: 'Jā, piekrītu' }).click();
	await expect(mentor.getByRole('status')).toContainText('pāris ir sācis darbu');
	const token = new URL(mentorLink).searchParams.get('kods')!;
	await expect(mentor.getByRole('link', { name: 'Atvērt pāra lapu' })).toHaveAttribute('href', `/lv/mentorings/pari?kods=${encodeURIComponent(token)}`);
	await other.close();

	await page.reload();
	await expect(page.getByRole('row', { name: /Ana Popescu/ })).toContainText('Abi piekrita');
	// the board with its table of pairs
	await expectAccessible(page);
});

test('a forged or cut answer link gets a clear page, not an error', async ({ page }) => {
	for (const kods of ['nonsense', '00000000-0000-4000-8000-000000000000.mentee.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '']) {
		const res = await page.goto(`/en/mentorings/atbilde?kods=${kods}`);
		expect(res?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1, name: 'The link is not valid' })).toBeVisible();
	}
	await expectAccessible(page);
});
