import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildMatrix } from './matrix';
import { matrixWorkbook, safeCell } from './xlsx';

describe('safeCell', () => {
	it('writes formula-looking text as text', () => {
		expect(['=1+1', '+371 2000', '-5', '@SUM(A1)', '\tx', 'Labi'].map(safeCell)).toEqual(["'=1+1", "'+371 2000", "'-5", "'@SUM(A1)", "'\tx", 'Labi']);
	});
});

describe('matrixWorkbook', () => {
	it('reads back with the counts, the quotes and no formula', async () => {
		const codes = [{ id: 'a', parentId: null, name: '=Noiets', sortKey: 'noiets' }];
		const interviews = [{ id: 'i1', respondentType: 'resident', municipalityId: 1, text: '=HYPERLINK("x") trūkst tirgus' }];
		const matrix = buildMatrix(codes, interviews, [{ interviewId: 'i1', codeId: 'a', start: 0, end: 29 }], ['resident', 'ngo'], (i) => i.respondentType);
		const bytes = await matrixWorkbook([{ title: 'Kodi × respondenti', matrix, columnLabels: ['Iedzīvotājs', 'NVO'] }], [{ code: '=Noiets', respondent: 'Iedzīvotājs', municipality: 'Valkas novads', quote: matrix.rows[0].total.quotes[0] }], {
			code: 'Kods', total: 'Kopā', quotesTitle: 'Citāti', respondent: 'Respondents', municipality: 'Novads', quote: 'Citāts'
		});
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(bytes as unknown as ArrayBuffer);
		expect(book.worksheets.map((w) => w.name)).toEqual(['Kodi × respondenti', 'Citāti']);
		const m = book.worksheets[0];
		expect(m.getRow(1).values).toEqual([undefined, 'Kods', 'Iedzīvotājs', 'NVO', 'Kopā']);
		expect(m.getRow(2).values).toEqual([undefined, "'=Noiets", 1, 0, 1]);
		const q = book.worksheets[1].getRow(2);
		expect(q.getCell(4).value).toBe('\'=HYPERLINK("x") trūkst tirgus');
		for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
	});
});
