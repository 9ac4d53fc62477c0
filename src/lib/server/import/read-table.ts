/**
 * A spreadsheet (CSV or XLSX) as a header row and data rows of strings, numbered like the
 * spreadsheet program numbers them (the header is row 1; a cell with line breaks is still one row).
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { decodeBytes, type SourceEncoding } from './decode';
import { csvUnprotectCell } from '../export/csv-cell';

export type TableRow = { rowNumber: number; cells: string[] };

export type Table = {
	format: 'csv' | 'xlsx';
	encoding: SourceEncoding | null;
	separator: string | null;
	sheet: string | null;
	headers: string[];
	rows: TableRow[];
	/** Rows with no value in any cell: left out, counted for the report. */
	emptyRows: number;
};

export class TableReadError extends Error {
	constructor(
		public readonly code: 'empty_file' | 'no_sheet' | 'unreadable',
		public readonly detail: string = ''
	) {
		super(`${code}${detail ? `: ${detail}` : ''}`);
	}
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // a zip archive

export function looksLikeXlsx(bytes: Uint8Array): boolean {
	return XLSX_MAGIC.every((b, i) => bytes[i] === b);
}

export async function readTable(bytes: Uint8Array, options: { sheet?: string } = {}): Promise<Table> {
	return looksLikeXlsx(bytes) ? readXlsx(bytes, options.sheet) : readCsv(bytes);
}

/** The separator of the header line: the most frequent of ; , tab outside quotes (Excel in lv-LV writes ;). */
export function sniffSeparator(text: string): string {
	let inQuotes = false;
	const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
	for (const ch of text) {
		if (ch === '"') inQuotes = !inQuotes;
		else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
		else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
	}
	let best = ',';
	for (const [sep, n] of counts) if (n > counts.get(best)!) best = sep;
	return best;
}

export function readCsv(bytes: Uint8Array): Table {
	const { text, encoding } = decodeBytes(bytes);
	if (!text.trim()) throw new TableReadError('empty_file');
	const separator = sniffSeparator(text);
	let records: string[][];
	try {
		records = parse(text, { delimiter: separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false });
	} catch (e) {
		throw new TableReadError('unreadable', (e as Error).message);
	}
	return toTable(records, { format: 'csv', encoding, separator, sheet: null });
}

export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<Table> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch (e) {
		throw new TableReadError('unreadable', (e as Error).message);
	}
	const sheet = sheetName ? workbook.worksheets.find((w) => w.name.trim().toLowerCase() === sheetName.trim().toLowerCase()) : workbook.worksheets[0];
	if (!sheet) throw new TableReadError('no_sheet', sheetName ?? '');
	const records: string[][] = [];
	sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
		const cells: string[] = [];
		row.eachCell({ includeEmpty: true }, (cell, col) => {
			cells[col - 1] = cellText(cell.value);
		});
		records[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
	});
	return toTable(Array.from(records, (r) => r ?? []), { format: 'xlsx', encoding: null, separator: null, sheet: sheet.name });
}

/** An XLSX cell value as the text a person sees (hyperlinks, rich text, formulas' results, dates). */
export function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((r) => r.text).join('');
		if ('hyperlink' in value) return cellText((value as { text?: ExcelJS.CellValue }).text ?? value.hyperlink);
		if ('result' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
		if ('error' in value) return '';
		return String(value);
	}
	return String(value);
}

function toTable(records: string[][], meta: Pick<Table, 'format' | 'encoding' | 'separator' | 'sheet'>): Table {
	const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ''));
	if (headerIndex === -1) throw new TableReadError('empty_file');
	const headers = records[headerIndex].map((h) => h.trim());
	const rows: TableRow[] = [];
	let emptyRows = 0;
	for (let i = headerIndex + 1; i < records.length; i++) {
		// an apostrophe our CSV export put before = + - @ (csv-cell.ts) is not part of the value
		const cells = records[i].map((c) => csvUnprotectCell(c.trim()));
		if (cells.every((c) => c === '')) {
			emptyRows++;
			continue;
		}
		rows.push({ rowNumber: i + 1, cells });
	}
	// trailing empty lines at the end of a file are not "empty rows" anyone would want reported
	let trailing = 0;
	for (let i = records.length - 1; i > headerIndex && records[i].every((c) => c.trim() === ''); i--) trailing++;
	return { ...meta, headers, rows, emptyRows: emptyRows - trailing };
}
