/**
 * The needs matrix as an XLSX workbook for the strategy document: one sheet per matrix (counts of
 * interviews, the passages in brackets) and one of example quotes. Every text cell goes through
 * safeCell: a quote or a code name that starts like a formula is written as text, never run.
 */
import { exceljs } from '../runtime/lazy-modules';
import type { Matrix } from './matrix';

/** Text a spreadsheet would take for a formula (=, +, -, @, tab, CR first) gets a leading apostrophe. */
export function safeCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type MatrixSheet = { title: string; matrix: Matrix; columnLabels: string[] };
export type QuoteRow = { code: string; respondent: string; municipality: string; quote: string };
export type WorkbookTexts = { code: string; total: string; quotesTitle: string; respondent: string; municipality: string; quote: string };

export async function matrixWorkbook(sheets: readonly MatrixSheet[], quotes: readonly QuoteRow[], t: WorkbookTexts): Promise<Buffer> {
	const workbook = new (await exceljs()).Workbook();
	workbook.creator = 'Tuvumā';
	for (const s of sheets) {
		const sheet = workbook.addWorksheet(sheetName(s.title), { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
		sheet.columns = [{ header: safeCell(t.code), width: 44 }, ...s.columnLabels.map((l) => ({ header: safeCell(l), width: 16 })), { header: safeCell(t.total), width: 12 }];
		sheet.getRow(1).font = { bold: true };
		for (const r of s.matrix.rows) {
			const row = sheet.addRow([safeCell(`${'  '.repeat(r.depth)}${r.name}`), ...r.cells.map((c) => c.interviews), r.total.interviews]);
			if (r.depth === 0) row.font = { bold: true };
		}
	}
	const sheet = workbook.addWorksheet(sheetName(t.quotesTitle), { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = [
		{ header: safeCell(t.code), width: 36 },
		{ header: safeCell(t.respondent), width: 20 },
		{ header: safeCell(t.municipality), width: 22 },
		{ header: safeCell(t.quote), width: 90 }
	];
	sheet.getRow(1).font = { bold: true };
	for (const q of quotes) sheet.addRow([q.code, q.respondent, q.municipality, q.quote].map(safeCell)).alignment = { wrapText: true, vertical: 'top' };
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string): string {
	return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}
