import { expect as baseExpect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 240_000 });

const COORDINATOR = 'pieriga@demo.tuvuma.lv';
const SURVEYS = '/lv/organizacijas/pierigas-partneriba/darbs/aptaujas';
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Adds a question through a section's "add a question" form. */
async function addQuestion(page: Page, section: string, type: string, text: string, choices = '') {
	const region = page.getByRole('region', { name: section });
	const details = region.locator('details.add');
	if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
	const form = region.locator('form[action="?/addQuestion"]');
	await form.getByLabel('Jautājuma veids').selectOption({ label: type });
	await form.getByLabel('Jautājums', { exact: true }).fill(text);
	if (choices) await form.getByLabel('Atbilžu varianti vai vērtējamie punkti').fill(choices);
	await form.getByRole('button', { name: 'Pievienot jautājumu' }).click();
	await expect(page.getByRole('status')).toHaveText('Saglabāts.');
}

test('a coordinator builds a survey: sections, several question types, a limited multiple choice with a condition, an English translation, then opens it', async ({ page, browser }) => {
	const title = `Tirgus aptauja ${unique()}`;
	await signIn(page, COORDINATOR);
	await page.goto(SURVEYS);
	await page.getByRole('link', { name: 'Jauna aptauja' }).click();
	await page.getByLabel('Nosaukums', { exact: true }).fill(title);
	await page.getByLabel('Ievads', { exact: true }).fill('Pastāstiet, kā Jums patika tirgus.');
	await page.getByLabel('Ar vārdu').check();
	await page.getByRole('button', { name: 'Izveidot aptauju' }).click();
	await expect(page).toHaveURL(/\/jautajumi$/);
	const builder = page.url();

	await addQuestion(page, '1. sadaļa', 'Jā / nē', 'Vai apmeklējāt tirgu?');
	await addQuestion(page, '1. sadaļa', 'Vairākas izvēles', 'Kas Jums patika?', 'Produkti\nMūzika\nCenas');
	// the new question opens for editing: at most two, and only for those who came
	const editor = page.locator('form[action="?/saveQuestion"]');
	await editor.getByLabel('Var izvēlēties ne vairāk kā').fill('2');
	await editor.getByLabel('Obligāts jautājums').check();
	await editor.getByLabel('Rādīt, ja atbilde uz „Vai apmeklējāt tirgu?” ir kāda no atzīmētajām:').check();
	await editor.getByRole('checkbox', { name: 'Jā' }).check();
	await editor.getByRole('button', { name: 'Saglabāt jautājumu' }).click();
	await expect(page.getByRole('status')).toHaveText('Saglabāts.');
	const multi = page.locator('li#q2');
	await expect(multi).toContainText('ne vairāk kā 2');
	await expect(multi).toContainText('ja atbilde uz „Vai apmeklējāt tirgu?”');
	await expect(multi).not.toContainText('q2');

	// keyboard only: a second section, named and added with the keyboard
	await page.getByLabel('Jaunās sadaļas nosaukums (nav obligāts)').focus();
	await page.keyboard.type('Par Jums');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 2, name: 'Par Jums' })).toBeVisible();
	await addQuestion(page, 'Par Jums', 'Vērtējuma skala', 'Cik ticami, ka nāksiet atkal?');
	await addQuestion(page, 'Par Jums', 'Pašvaldība', 'Kurā pašvaldībā dzīvojat?');
	await expectAccessible(page);

	// English: the tab shows the Latvian text as the reference
	await page.getByRole('link', { name: 'angļu' }).click();
	await expect(page.getByRole('link', { name: 'angļu' })).toHaveAttribute('aria-current', 'page');
	await page.getByRole('link', { name: 'Labot Kas Jums patika?' }).click();
	await expect(editor.getByText('Latviski: Kas Jums patika?')).toBeVisible();
	await editor.getByLabel('Jautājums (EN)').fill('What did you like?');
	await editor.getByLabel('1. (EN)').fill('Products');
	await editor.getByLabel('2. (EN)').fill('Music');
	await editor.getByRole('button', { name: 'Saglabāt jautājumu' }).click();
	await expect(page.getByRole('status')).toHaveText('Saglabāts.');
	await expect(page).toHaveURL(/valoda=en/);
	await expect(page.locator('li#q2')).toContainText('What did you like?');
	await expect(page.locator('li#q1')).toContainText('nav iztulkots');
	await expectAccessible(page);

	// without JavaScript: a question a condition rests on cannot be deleted; the survey opens
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 412, height: 915 } });
	const plain = await context.newPage();
	await signIn(plain, COORDINATOR);
	await plain.goto(builder);
	await plain.locator('li#q1').getByRole('button', { name: 'Dzēst Vai apmeklējāt tirgu?' }).click();
	await expect(plain.getByRole('alert').first()).toContainText('“Kas Jums patika?” (q2)');
	await plain.getByRole('link', { name: '← Atpakaļ uz aptaujas lapu' }).click();
	await expect(plain.getByText('Pēc atvēršanas aptaujai var atbildēt.')).toBeVisible();
	await plain.getByRole('button', { name: 'Atvērt aptauju' }).click();
	await expect(plain.getByRole('status')).toHaveText('Aptauja ir atvērta.');
	await expect(plain.getByRole('link', { name: /^\/lv\/aptaujas\// })).toBeVisible();
	await expect(plain.getByText('Atvērta', { exact: true })).toBeVisible();
	await context.close();
	// axe needs JavaScript: the survey's page is checked in the first browser
	await page.goto(builder.replace(/\/jautajumi$/, ''));
	await expect(page.getByText('Atvērta', { exact: true })).toBeVisible();
	await expectAccessible(page);

	// the workspace card lists it
	await page.goto('/lv/organizacijas/pierigas-partneriba/darbs');
	await expect(page.getByRole('link', { name: title })).toBeVisible();
});
