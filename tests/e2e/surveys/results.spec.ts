import { readFileSync } from 'node:fs';
import { expect as baseExpect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

// the seeded test surveys (src/lib/server/surveys/results-fixture.ts): 169 respondents of the seed story
const COORDINATOR = 'pieriga@demo.tuvuma.lv';
const EDITOR = 'pieriga-redaktors@demo.tuvuma.lv';
const SURVEY_ID = '5e1f0000-0000-4000-8000-000000000169';
const SLUG = 'ievadpasakumu-aptauja';
const RESULTS = `/lv/organizacijas/pierigas-partneriba/darbs/aptaujas/${SURVEY_ID}/rezultati`;
const PUBLIC = `/lv/aptaujas/${SLUG}/rezultati`;
const QUOTE = 'Laboratorija deva drosmi sākt savu uzņēmumu.';

test('staff see charts with n, break down with suppression, pick a quote and publish; the public page shows the numbers and no other free text', async ({ page, browser }) => {
	const context = await browser.newContext();
	const visitor = await context.newPage();
	expect((await visitor.goto(PUBLIC))?.status()).toBe(404);

	// the editor reads the results but may not publish
	await signIn(page, EDITOR);
	await page.goto(RESULTS);
	await expect(page.getByText('n = 169').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Publicēt rezultātus' })).toHaveCount(0);
	await expect(page.getByText('Publicēt rezultātus un izvēlēties citātus var koordinators.')).toBeVisible();
	await page.context().clearCookies();

	await signIn(page, COORDINATOR);
	await page.goto(RESULTS);
	const useful = page.getByRole('region', { name: /Kas bija visnoderīgākais/ });
	await expect(useful.getByRole('img', { name: /Kas bija visnoderīgākais\?: diagrama, n = 169/ })).toBeVisible();
	await expect(useful.locator('svg')).toContainText('52 % (88)');
	await expect(useful.getByRole('row', { name: /Ievadpasākumi/ })).toContainText('74');
	await expect(useful.getByRole('row', { name: /Biznesa ideju laboratorija/ })).toContainText('33 %');
	await expect(useful.locator('p').filter({ hasText: /kopā tie var pārsniegt 100 %/ })).toBeVisible();
	await expect(page.getByRole('region', { name: /paplašināja/ }).getByRole('row', { name: /Jā/ })).toContainText('46 %');

	// a breakdown by gender: 3 "other" are fewer than 5, so the next smallest group is hidden too
	await page.getByLabel('Sadalīt pēc').selectOption('gender');
	await page.getByRole('button', { name: 'Rādīt', exact: true }).click();
	await expect(page).toHaveURL(/sadalit=gender/);
	const tab = page.getByRole('table', { name: 'Sadalījums: dzimuma' }).first();
	await expect(tab.getByRole('columnheader', { name: 'Sieviete' })).toBeVisible();
	await expect(tab.getByText('mazāk nekā 5')).toHaveCount(6);
	await expectAccessible(page);
	// on a 412 px phone nothing widens the page (wide tables scroll inside their own region)
	await page.setViewportSize({ width: 412, height: 900 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
	await expectAccessible(page);
	await page.setViewportSize({ width: 1280, height: 900 });

	// a quote, then publish
	const quote = page.getByRole('listitem').filter({ hasText: QUOTE });
	await quote.getByRole('button', { name: 'Rādīt publiski' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: QUOTE })).toContainText('Rāda publiski');
	await page.getByRole('button', { name: 'Publicēt rezultātus' }).click();
	await expect(page.getByRole('button', { name: 'Atsaukt publicēšanu' })).toBeVisible();

	await visitor.setViewportSize({ width: 412, height: 900 });
	await visitor.goto(PUBLIC);
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Ievadpasākumu dalībnieku aptauja');
	await expect(visitor.getByText('n = 169').first()).toBeVisible();
	await expect(visitor.getByRole('img', { name: /Kas bija visnoderīgākais/ })).toContainText('44 % (74)');
	await expect(visitor.locator('p').filter({ hasText: /kopā tie var pārsniegt 100 %/ })).toBeVisible();
	await expect(visitor.locator('blockquote')).toHaveText([QUOTE]);
	await expect(visitor.locator('body')).not.toContainText('HYPERLINK');
	await expect(visitor.locator('body')).not.toContainText('female');
	expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
	await expectAccessible(visitor);
	await context.close();
});

test('the responses download as XLSX that reads back, one column per option, a formula-looking answer as text', async ({ page }) => {
	await signIn(page, COORDINATOR);
	await page.goto(RESULTS);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Atbildes (XLSX)' }).click()]);
	expect(download.suggestedFilename()).toBe(`atbildes-${SLUG}.xlsx`);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
	const sheet = workbook.worksheets[0];
	const header = (sheet.getRow(1).values as unknown[]).slice(1);
	expect(header).toContain('Kas bija visnoderīgākais?: Video lekcijas un rokasgrāmata');
	expect(sheet.rowCount).toBe(170);
	const comment = header.indexOf('Ko vēlaties piebilst?') + 1;
	const comments = Array.from({ length: 169 }, (_, i) => sheet.getRow(i + 2).getCell(comment).value);
	expect(comments).toContain(`'=HYPERLINK("https://example.com","klikšķiniet")`);
});
