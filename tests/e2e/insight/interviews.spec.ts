import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expectAccessible } from '../helpers';
import { signIn } from '../support/auth';
import { docxOf } from '../../../src/lib/server/insight/test-files';

test.describe.configure({ timeout: 150_000 });

const BASE = '/lv/organizacijas/pierigas-partneriba/darbs/intervijas';

test('record an interview, code it (sentences without JavaScript, a selection with it), see the matrix and export it', async ({ page }) => {
	await signIn(page, 'pieriga@demo.tuvuma.lv');
	await page.goto(BASE);
	await expect(page.getByRole('heading', { level: 1, name: 'Intervijas' })).toBeVisible();
	await expectAccessible(page);

	// a code first, then a typed interview; a future date is refused and what was typed stays
	await page.getByRole('link', { name: 'Vajadzību kodi' }).click();
	await page.locator('#add-name').fill('Koprades telpas');
	await page.getByRole('button', { name: 'Pievienot kodu' }).click();
	await expect(page.getByRole('status')).toHaveText('Kods “Koprades telpas” pievienots.');
	await page.locator('#add-name').fill('Transports');
	await page.getByRole('button', { name: 'Pievienot kodu' }).click();
	await expect(page.getByRole('status')).toHaveText('Kods “Transports” pievienots.');
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Intervijas', exact: true }).first().click();
	await page.getByLabel('Apzīmējums').fill('E2E-1 Olaine');
	await page.getByLabel('Respondenta veids').selectOption('entrepreneur');
	await page.getByLabel('Novads').selectOption({ label: 'Olaines novads' });
	await page.getByLabel('Datums').fill('2099-01-01');
	await page.getByLabel('Rakstiska piekrišana').check();
	await page.getByLabel('Intervijas teksts').fill('Olainē trūkst koprades telpas. Autobuss uz Rīgu iet reti. Pārējais ir labi.');
	await page.getByRole('button', { name: 'Saglabāt interviju' }).click();
	await expect(page.getByRole('alert').first()).toContainText('Datums nevar būt nākotnē');
	await expect(page.getByLabel('Intervijas teksts')).toHaveValue('Olainē trūkst koprades telpas. Autobuss uz Rīgu iet reti. Pārējais ir labi.');
	await page.getByLabel('Datums').fill('2026-11-20');
	await page.getByRole('button', { name: 'Saglabāt interviju' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'E2E-1 Olaine' })).toBeVisible();
	await expectAccessible(page);

	// tick the first sentence and a code
	await page.getByLabel('1. teikums').check();
	await page.getByLabel('Koprades telpas').check();
	await page.getByRole('button', { name: 'Kodēt' }).click();
	await expect(page.getByRole('status')).toHaveText('Pievienots 1 kodējums.');
	await expect(page.locator('mark', { hasText: 'Olainē trūkst koprades telpas.' })).toBeVisible();
	// the ticks are spent: the next coding starts from nothing chosen
	await expect(page.getByLabel('1. teikums')).not.toBeChecked();
	await expect(page.getByLabel('Koprades telpas')).not.toBeChecked();

	// select "Autobuss uz Rīgu iet reti" with the mouse's equivalent, and tag it
	await page.evaluate(() => {
		const span = [...document.querySelectorAll('[data-start]')].find((e) => e.textContent?.includes('Autobuss'))!;
		const text = span.firstChild!;
		const range = document.createRange();
		const at = text.textContent!.indexOf('Autobuss');
		range.setStart(text, at);
		range.setEnd(text, at + 'Autobuss uz Rīgu iet reti'.length);
		document.getSelection()!.removeAllRanges();
		document.getSelection()!.addRange(range);
	});
	await expect(page.getByText('Iezīmētais fragments:')).toBeVisible();
	await page.getByLabel('Transports').check();
	await page.getByRole('button', { name: 'Kodēt' }).click();
	// while the coding is on its way the first coding's message and the selection are both shown;
	// once tagged, the selection is let go (not offered or coded again) and only the new message remains
	await expect(page.locator('blockquote', { hasText: /^Autobuss uz Rīgu iet reti$/ })).toBeVisible();
	await expect(page.getByText('Iezīmētais fragments:')).toHaveCount(0);
	await expect(page.getByRole('status')).toHaveText('Pievienots 1 kodējums.');
	await expect(page.getByLabel('Transports')).not.toBeChecked();

	// the matrix: codes × respondent types, with the quote
	await page.getByRole('link', { name: 'Vajadzību matrica' }).click();
	const table = page.getByRole('table', { name: 'Kodi × respondentu veidi' });
	const row = table.getByRole('row').filter({ hasText: 'Koprades telpas' });
	const cell = row.getByRole('cell').nth(1); // Uzņēmējs
	await expect(cell.getByText('1', { exact: true })).toBeVisible(); // what one sees…
	await expect(cell.getByText('1 intervija: Koprades telpas, Uzņēmējs', { exact: true })).toHaveCount(1); // …and what a screen reader says
	await cell.getByText('1', { exact: true }).click();
	await expect(row).toContainText('“Olainē trūkst koprades telpas.”');
	await expect(page.getByRole('table', { name: 'Kodi × novadi' }).getByRole('columnheader', { name: 'Olaines novads' })).toBeVisible();
	await expectAccessible(page);

	// XLSX for the strategy document, read back
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Lejupielādēt XLSX' }).click()]);
	expect(download.suggestedFilename()).toBe('vajadzibu-matrica-pierigas-partneriba.xlsx');
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
	expect(book.worksheets.map((w) => w.name)).toEqual(['Kodi × respondentu veidi', 'Kodi × novadi', 'Citāti']);
	const sheet = book.worksheets[0];
	const header = sheet.getRow(1).values as unknown[];
	const col = header.indexOf('Uzņēmējs');
	const codeRow = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === 'Koprades telpas')!;
	expect(codeRow.getCell(col).value).toBe(1);
	const quotes = book.worksheets[2].getColumn(4).values as unknown[];
	expect(quotes).toContain('Autobuss uz Rīgu iet reti');
});

test('an uploaded DOCX is read out by the job and can be coded', async ({ page }) => {
	await signIn(page, 'pieriga-redaktors@demo.tuvuma.lv');
	await page.goto(BASE);
	await page.getByLabel('Apzīmējums').fill('E2E-2 DOCX');
	await page.getByLabel('Respondenta veids').selectOption('ngo');
	await page.getByLabel('Datums').fill('2026-11-21');
	await page.getByLabel('Mutiska piekrišana').check();
	await page.getByLabel('Datne (DOCX vai PDF)').setInputFiles({ name: 'saruna.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(await docxOf(['Biedrībai vajag telpas darbnīcām.', 'Jauniešiem trūkst mentoru.'])) });
	await page.getByRole('button', { name: 'Saglabāt interviju' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'E2E-2 DOCX' })).toBeVisible();
	// the page refreshes itself until the text is there
	await expect(page.getByRole('region', { name: 'Intervijas teksts' }).getByText('Jauniešiem trūkst mentoru.')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByText('no datnes saruna.docx')).toBeVisible();
	// an editor may code (the sentences can be ticked, whether or not the other test has made codes yet) but not delete
	await expect(page.getByLabel('2. teikums')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Dzēst interviju' })).toHaveCount(0);
	await expectAccessible(page);
});
