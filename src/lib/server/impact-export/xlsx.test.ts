import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { impactReportFixture } from './fixture';
import { renderImpactXlsx, uniqueSheetName } from './xlsx';
import { impactExportFileName } from './filename';

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(bytes as unknown as ArrayBuffer);
	return book;
}

const rows = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : r));

describe('renderImpactXlsx', () => {
	it('writes one sheet per table with Latvian headers', async () => {
		const book = await open(await renderImpactXlsx(impactReportFixture('lv')));
		expect(book.worksheets.map((w) => w.name)).toEqual([
			'Kopsavilkums',
			'Pasākumi pa veidiem',
			'Dalība',
			'Dalībnieku izcelsme',
			'Dzimums',
			'Vecuma grupa',
			'Nodarbinātības statuss',
			'Aptaujas',
			'Bibliotēka',
			'Mentorings',
			'Konkursi',
			'Projekta rezultāti'
		]);
		for (const w of book.worksheets) expect(w.name).toMatch(/^[^:\\/?*[\]]{1,31}$/);
		expect(rows(book.getWorksheet('Pasākumi pa veidiem')!)).toEqual([
			['Veids', 'Kopā', 'Tiešsaistē', 'Klātienē'],
			['Darbnīca', 10, 0, 10],
			['Vebinārs', 6, 6, 0],
			['Meistarklase', 4, 0, 4],
			['Tīklošanās pasākums', 2, 0, 2],
			['Pieredzes brauciens', 2, 0, 2],
			['Kopā', 24, 6, 18]
		]);
	});

	it('keeps numbers as numbers, shares as formatted numbers and suppressed groups as "< 5"', async () => {
		const book = await open(await renderImpactXlsx(impactReportFixture('lv')));
		const participation = book.getWorksheet('Dalība')!;
		expect(participation.getRow(7).values).toEqual([undefined, 'Unikālie dalībnieki', 300]);
		const share = participation.getRow(9).getCell(2);
		expect(share.value).toBe(0.15);
		expect(share.numFmt).toBe('0.0%');
		const origins = rows(book.getWorksheet('Dalībnieku izcelsme')!);
		expect(origins[0]).toEqual(['Pašvaldība', 'Dalībnieki', 'Projekta teritorijā']);
		expect(origins).toContainEqual(['Ķekavas novads', 39, 'Jā']);
		expect(origins).toContainEqual(['Balvu novads', 14, 'Nē']);
		expect(origins).toContainEqual(['Smiltenes novads', '< 5', 'Nē']);
		expect(origins).toContainEqual(['Ārpus projekta teritorijas', 67]);
		expect(rows(book.getWorksheet('Vecuma grupa')!)).toEqual([['Grupa', 'Dalībnieki'], ['Līdz 18', '< 5'], ['18–29', 58], ['30–54', 156], ['55+', 61], ['Nav norādīts', 22]]);
		const surveys = rows(book.getWorksheet('Aptaujas')!);
		expect(surveys[1]).toEqual(['Dalībnieku aptauja pēc mācībām', 169, 'Cik noderīgas bija mācības jūsu darbam?', 'Ļoti noderīgas', 97, 0.574]);
		expect(rows(book.getWorksheet('Mentorings')!)).toContainEqual(['Uzsākti uzņēmumi', 9]);
		expect(rows(book.getWorksheet('Mentorings')!)).toContainEqual(['Sociālie uzņēmumi', 9]);
		const summary = rows(book.getWorksheet('Kopsavilkums')!).map((r) => (Array.isArray(r) ? r[0] : r));
		expect(summary.at(-1)).toMatch(/^“< 5” — mazāk nekā 5 cilvēki/);
	});

	it('speaks English for an English report', async () => {
		const book = await open(await renderImpactXlsx(impactReportFixture('en')));
		expect(book.worksheets.map((w) => w.name)).toContain('Where participants came from');
		expect(rows(book.getWorksheet('Participation')!)[0]).toEqual(['Figure', 'Value']);
		expect(rows(book.getWorksheet('Where participants came from')!)).toContainEqual(['Ķekava Municipality', 39, 'Yes']);
	});

	it('is the same bytes for the same report', async () => {
		const r = impactReportFixture('lv');
		expect((await renderImpactXlsx(r)).equals(await renderImpactXlsx(r))).toBe(true);
	});
});

describe('uniqueSheetName', () => {
	it('keeps names valid and distinct', () => {
		const taken = new Set<string>();
		expect(uniqueSheetName('Aptaujas: 2025/2026 [a]?*', taken)).toBe('Aptaujas  2025 2026  a');
		expect(uniqueSheetName('x'.repeat(40), taken)).toBe('x'.repeat(31));
		expect(uniqueSheetName('X'.repeat(40), taken)).toBe(`${'X'.repeat(27)} (2)`);
		expect(uniqueSheetName("'''", taken)).toBe('Sheet');
	});
});

describe('renderImpactXlsx with little data', () => {
	it('keeps every sheet, writes "no data" where a table is empty and adds cooperation when present', async () => {
		const r = impactReportFixture('en');
		r.mentoring = null;
		r.surveys = [];
		r.cooperation = { meetings: 4, agreements: 2, firstOrders: 1 };
		const book = await open(await renderImpactXlsx(r));
		expect(rows(book.getWorksheet('Mentoring')!)).toEqual([['Figure', 'Value'], ['No data for this period.']]);
		expect(rows(book.getWorksheet('Surveys')!)).toEqual([['Survey', 'Respondents', 'Question', 'Answer', 'Count', 'Percent'], ['No data for this period.']]);
		expect(rows(book.getWorksheet('Cooperation')!)).toContainEqual(['First orders', 1]);
	});
});

describe('impactExportFileName', () => {
	it('names the download by slug and period, ASCII only', () => {
		const r = impactReportFixture('lv');
		expect(impactExportFileName(r, 'pdf')).toBe('impact-socialas-uznemejdarbibas-atbalsts-2025-01-01-2026-06-30.pdf');
		r.scope = { ...r.scope, slug: 'ķekava/../x', from: null, to: null };
		expect(impactExportFileName(r, 'xlsx')).toBe('impact-ekava-x.xlsx');
	});
});
