import { expect, test } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn, signOut } from '../support/auth';
import { waitForMail } from '../support/mailbox';

// The pair and the due check-in come from mentoring/test-pairs.ts (SEED_TEST_PAIRS=1 in playwright.config.ts).
const MENTEE = 'pair-mentee@example.lv';
const CHECKIN = 'checkin-mentee@example.lv';
const PAIRS = '/lv/organizacijas/pierigas-partneriba/darbs/mentorings';
const NOTE = 'Apspriedām cenu veidošanu un tirgus izpēti';

// the seeded daily run starts 20 s after the server (mentoring/test-pairs.ts); a retried mail may take longer
test.describe.configure({ mode: 'serial', timeout: 150_000 });

test('the mentee works on the pair page; the coordinator sees the notes, the editor does not', async ({ page }) => {
	const nudge = await waitForMail(MENTEE, { subject: /kad tiksieties/, timeoutMs: 120_000 });
	const link = nudge.links.find((l) => l.includes('/mentorings/pari?kods='));
	expect(link).toBeDefined();
	await page.goto(new URL(link!).pathname + new URL(link!).search);
	await expect(page.getByRole('heading', { level: 1, name: 'Mentoringa pāris' })).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel('Nosaukums', { exact: true }).fill('Reģistrēt sociālo uzņēmumu');
	await page.getByLabel('Termiņš').fill('2030-01-15');
	await page.getByRole('button', { name: 'Pievienot mērķi' }).click();
	await expect(page.locator('.goals')).toContainText('Reģistrēt sociālo uzņēmumu');

	await page.getByLabel('Ilgums minūtēs').fill('90');
	await page.getByLabel('tiešsaistē').check();
	await page.getByLabel('Piezīmes').fill(NOTE);
	await page.getByLabel('Nākamais solis').fill('Sagatavot tāmi');
	await page.getByRole('button', { name: 'Saglabāt tikšanos' }).click();
	await expect(page.locator('.sessions')).toContainText(NOTE);
	await expect(page.locator('.sessions')).toContainText('90 min');

	// a shared file: checked by its bytes, then downloadable with the pair's link only
	await page.getByLabel('Fails').setInputFiles({ name: 'tame.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%tāme\n') });
	await page.getByRole('button', { name: 'Augšupielādēt' }).click();
	const file = page.getByRole('link', { name: 'tame.pdf' });
	await expect(file).toBeVisible();
	const href = (await file.getAttribute('href'))!;
	const download = await page.request.get(href);
	expect(download.headers()['content-type']).toBe('application/pdf');
	expect((await page.request.get(href.replace(/kods=[^&]+/, 'kods=forged'))).status()).toBe(404);

	// a forged link is a clear page, not an error
	await page.goto('/lv/mentorings/pari?kods=forged.mentee.link');
	await expect(page.getByRole('heading', { level: 1, name: 'Saite nav derīga' })).toBeVisible();

	await signIn(page, 'pieriga@demo.tuvuma.lv');
	await page.goto(PAIRS);
	await page.getByRole('link', { name: 'Mentorējamā e2e', exact: true }).click();
	await expect(page.locator('.sessions')).toContainText(NOTE);
	await signOut(page);

	await signIn(page, 'pieriga-redaktors@demo.tuvuma.lv');
	await page.goto(PAIRS);
	await page.getByRole('link', { name: 'Mentorējamā e2e', exact: true }).click();
	await expect(page.locator('.sessions')).toContainText('90 min');
	await expect(page.locator('.sessions')).not.toContainText(NOTE);
	await expect(page.getByText('Tikšanās piezīmes redz tikai pāris')).toBeVisible();
});

test('the mentee answers the +6 month check-in from the e-mail and sees the FTE', async ({ page }) => {
	const mail = await waitForMail(CHECKIN, { subject: /kā klājas/, timeoutMs: 120_000 });
	expect(mail.text).toContain('sešus mēnešus pēc programmas');
	const link = new URL(mail.links.find((l) => l.includes('/iznakums?kods='))!);
	await page.goto(link.pathname + link.search);
	await expect(page.getByRole('heading', { level: 1, name: 'Jūsu ieceres iznākums' })).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel('uzņēmums darbojas').check();
	await page.getByRole('group', { name: 'Vai uzņēmums ir reģistrēts?' }).getByLabel('Jā').check();
	await page.getByRole('group', { name: 'Vai tas ir sociālais uzņēmums?' }).getByLabel('Jā').check();
	await page.getByLabel('Veids').selectOption('employee');
	await page.getByLabel('Slodze, % no pilna laika').fill('100');
	await page.getByLabel('Mēneši (pēdējā gadā)').fill('6');
	await page.getByLabel('Meklēt pēc nosaukuma').fill('Kalnmuižas');
	await page.getByRole('group', { name: 'Jūsu uzņēmums katalogā' }).getByRole('button', { name: 'Meklēt' }).click();
	await page.getByLabel('Z/S "Kalnmuižas"').check();
	await page.getByRole('button', { name: 'Aprēķināt PLE' }).click();
	await expect(page.getByText('Jaunās darbavietas pilna laika ekvivalentos: 0,50 PLE')).toBeVisible();
	await page.getByRole('button', { name: 'Saglabāt atbildi' }).click();
	await expect(page.getByText('Paldies! Jūsu atbilde ir saglabāta.')).toBeVisible();
	await expect(page.getByText('0,50 PLE')).toBeVisible();
	// answering again keeps the linked listing and the answer (the same row is updated)
	await page.goto(link.pathname + link.search);
	await expect(page.getByLabel('Z/S "Kalnmuižas"')).toBeChecked();
	await expect(page.getByLabel('uzņēmums darbojas')).toBeChecked();
	await expectAccessible(page);
});
