import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { mailsTo, waitForMail } from '../support/mailbox';
import { seedUuid } from '../../../src/lib/server/seed/prng';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

// the demo's open feedback survey for the labelling workshop that ended last week (surveys/demo-feedback.ts)
const SURVEY_ID = seedUuid('survey:etiketu-darbnicas-atsauksmes');
const PAGE = `/lv/organizacijas/pierigas-partneriba/darbs/aptaujas/${SURVEY_ID}/uzaicinajumi`;

test('the coordinator invites the workshop’s attendees once each, one answers from the mail’s link; a reminder never goes out the same day; the editor sees counts, not names', async ({ page, browser }) => {
	await signIn(page, 'pieriga@demo.tuvuma.lv');
	await page.goto(PAGE);
	await expect(page.getByRole('heading', { level: 1, name: 'Uzaicinājumi' })).toBeVisible();
	await expect(page.getByText('Aptauja ir pasākuma „Darbnīca: mājražojumu etiķetes un marķējums” apmeklētājiem')).toBeVisible();
	const waiting = page.getByText(/^\d+ apmeklētāj\S+ vēl nav uzaicināt/);
	const count = Number((await waiting.textContent())!.match(/\d+/)![0]);
	expect(count).toBe(15);
	await expectAccessible(page);

	await page.getByRole('button', { name: new RegExp(`^Uzaicināt ${count} apmeklētāj`) }).click();
	await expect(page.getByRole('status')).toHaveText(new RegExp(`^Nosūtīt\\S* ${count} uzaicinājum\\S*\\.$`));
	await expect(page.locator('.tile.invited dd')).toHaveText(String(count));
	// nobody is left to invite: no button to send twice
	await expect(page.getByText('Visi apmeklētāji ir uzaicināti.')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Uzaicināt/ })).toHaveCount(0);

	// each attendee gets a personal link to the survey
	const rows = page.getByRole('region', { name: 'Uzaicinātie' }).getByRole('row');
	await expect(rows).toHaveCount(count + 1);
	const address = (await rows.nth(1).locator('th .muted').textContent())!.trim();
	const mail = await waitForMail(address, { subject: /^Aptauja: Etiķešu darbnīca/ });
	expect(mail.text).toContain('anonīma');
	expect(mail.links.some((l) => /\/lv\/aptaujas\/etiketu-darbnicas-atsauksmes\?kods=[A-Za-z0-9_-]{40,}$/.test(l))).toBe(true);

	// the attendee answers from the mail's link, on a phone
	const link = mail.links.find((l) => l.includes('?kods='))!;
	const phone = await browser.newContext({ viewport: { width: 412, height: 900 } });
	const attendee = await phone.newPage();
	await attendee.goto(link.replace(/^https?:\/\/[^/]+/, ''));
	await expect(attendee.getByRole('heading', { level: 1, name: 'Etiķešu darbnīca: jūsu atsauksme' })).toBeVisible();
	await attendee.getByRole('group', { name: /Cik noderīga jums bija darbnīca/ }).getByRole('radio', { name: /^4/ }).check();
	await attendee.getByLabel('Savu etiķešu izvērtēšana').check();
	await attendee.getByRole('button', { name: 'Iesniegt atbildes' }).click();
	await expect(attendee.getByRole('heading', { name: /Paldies/ })).toBeVisible();
	await phone.close();

	// staff see one answered — and a reminder the same day goes to nobody
	await page.reload();
	await expect(page.locator('.tile.responded dd')).toHaveText('1');
	await page.getByRole('button', { name: 'Sūtīt atgādinājumu' }).click();
	await expect(page.getByRole('status')).toHaveText('Nosūtīti 0 atgādinājumi.');
	expect(mailsTo(address)).toHaveLength(1);

	// the editor, without JavaScript: the counts, no participants' names or addresses
	const context = await browser.newContext({ javaScriptEnabled: false });
	const editor = await context.newPage();
	await signIn(editor, 'pieriga-redaktors@demo.tuvuma.lv');
	await editor.goto(PAGE);
	await expect(editor.locator('.tile.invited dd')).toHaveText(String(count - 1));
	await expect(editor.locator('.tile.responded dd')).toHaveText('1');
	await expect(editor.getByRole('heading', { name: 'Uzaicinātie' })).toHaveCount(0);
	await expect(editor.getByText(address)).toHaveCount(0);
	await context.close();
});
