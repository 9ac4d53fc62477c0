import { expect as baseExpect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { signIn } from '../support/auth';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const EDITOR = 'pieriga-redaktors@demo.tuvuma.lv';
const TITLE = 'Veiksmīgs sociālais uzņēmējs lauku teritorijā';

async function openProjectReport(page: Page, lang: 'lv' | 'en', scopeLabel: string, show: string) {
	await page.goto(`/${lang}/organizacijas/pierigas-partneriba/darbs/ietekme`);
	await page.getByLabel(lang === 'lv' ? 'Pārskata priekšmets' : /report/i).selectOption({ label: scopeLabel });
	await page.getByRole('button', { name: show }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
}

async function download(page: Page, link: string | RegExp) {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
	return { name: file.suggestedFilename(), path: (await file.path())! };
}

test('staff download the project’s report as XLSX and as a Latvian and an English PDF with the page’s figures', async ({ page }) => {
	await signIn(page, EDITOR);
	// on a phone the long project titles in the subject list do not widen the page
	await page.setViewportSize({ width: 390, height: 844 });
	await openProjectReport(page, 'lv', `Projekts: ${TITLE}`, 'Rādīt');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	const uniqueOnPage = (await page.locator('dl div').filter({ has: page.getByText('Dažādi dalībnieki', { exact: true }) }).locator('dd').innerText()).replace(/\s/g, '');

	const xlsx = await download(page, 'Lejupielādēt XLSX');
	expect(xlsx.name).toMatch(/^impact-veiksmigs-socialais-uznemejs-lauku-teritorija.*\.xlsx$/);
	const book = new ExcelJS.Workbook();
	await book.xlsx.readFile(xlsx.path);
	expect(book.worksheets.length).toBeGreaterThan(5);
	const participation = book.getWorksheet('Dalība')!;
	const uniqueRow = participation.getRows(1, participation.rowCount)!.find((r) => r.getCell(1).value === 'Unikālie dalībnieki');
	expect(String(uniqueRow?.getCell(2).value)).toBe(uniqueOnPage);
	const origins = book.getWorksheet('Dalībnieku izcelsme')!;
	const names = origins.getColumn(1).values.map(String);
	expect(names).toContain('Ķekavas novads');

	const pdf = await download(page, 'Lejupielādēt PDF');
	expect(pdf.name).toMatch(/\.pdf$/);
	const lvText = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
	expect(lvText).toContain(TITLE);
	expect(lvText).toMatch(new RegExp(`Unikālie dalībnieki[^\\n]*\\b${uniqueOnPage}\\b`));
	expect(lvText).toContain('Ķekavas novads');
	expect(execFileSync('pdffonts', [pdf.path], { encoding: 'utf8' })).toMatch(/DejaVuSans.*yes\s+yes\s+yes/);

	// the English report of the same project
	const query = new URL(page.url()).search;
	await page.goto(`/en/organizacijas/pierigas-partneriba/darbs/ietekme${query}`);
	const en = await download(page, /PDF/);
	const enText = execFileSync('pdftotext', ['-layout', en.path, '-'], { encoding: 'utf8' });
	expect(enText).toMatch(new RegExp(`Unique participants[^\\n]*\\b${uniqueOnPage}\\b`));
	expect(enText).not.toContain('Unikālie dalībnieki');
});
