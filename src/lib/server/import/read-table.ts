/**
 * A spreadsheet (CSV or XLSX) as a header row and data rows of strings, numbered like the
 * spreadsheet program numbers them (the header is row 1; a cell with line breaks is still one row).
 *
 * Both formats are read as streams, a slice at a time, handing the event loop back between slices
 * (`breathe`): an import runs in the job worker of a server process that keeps answering requests
 * meanwhile. An XLSX is first checked for how much it unpacks to (unzip-guard.ts).
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { exceljs } from '../runtime/lazy-modules';
import { breathe } from './breathe';
import { decodeBytes, type SourceEncoding } from './decode';
import { assertUnpacksWithin, UnpackRefusedError } from './unzip-guard';
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
	/** Cells that held control characters (a NUL byte, …), removed: the import warns about each. */
	cleanedCells: { rowNumber: number; column: number }[];
};

export class TableReadError extends Error {
	constructor(
		public readonly code: 'empty_file' | 'no_sheet' | 'unreadable' | 'too_large',
		public readonly detail: string = ''
	) {
		super(`${code}${detail ? `: ${detail}` : ''}`);
	}
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // a zip archive
/** Rows parsed between two breaths. */
const SLICE = 500;

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

/** The text in pieces of 64 kB, so the parser works a slice at a time. */
function* pieces(text: string): Generator<string> {
	for (let i = 0; i < text.length; i += 65_536) yield text.slice(i, i + 65_536);
}

export async function readCsv(bytes: Uint8Array): Promise<Table> {
	const { text, encoding } = await decodeBytes(bytes);
	if (!text.trim()) throw new TableReadError('empty_file');
	const separator = sniffSeparator(text);
	const records: string[][] = [];
	const parser = Readable.from(pieces(text)).pipe(parse({ delimiter: separator, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false }));
	try {
		for await (const record of parser as AsyncIterable<string[]>) {
			records.push(record);
			if (records.length % SLICE === 0) await breathe();
		}
	} catch (e) {
		throw new TableReadError('unreadable', (e as Error).message);
	}
	return await toTable(records, { format: 'csv', encoding, separator, sheet: null });
}

export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<Table> {
	try {
		await assertUnpacksWithin(bytes);
	} catch (e) {
		if (!(e instanceof UnpackRefusedError)) throw e;
		throw new TableReadError(e.reason, e.message);
	}
	const reader = new (await exceljs()).stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
		worksheets: 'emit',
		sharedStrings: 'cache',
		hyperlinks: 'ignore',
		styles: 'ignore',
		entries: 'ignore'
	});
	let chosen: { name: string; records: string[][] } | undefined;
	try {
		for await (const worksheet of reader) {
			// every sheet's rows must be read for the archive to move on; only the wanted one is kept
			const id = (worksheet as unknown as { id: string }).id; // the sheet file's number (not in exceljs' types)
			const name = sheetNameOf(reader, id);
			const wanted = !chosen && (sheetName ? name.trim().toLowerCase() === sheetName.trim().toLowerCase() : isFirstSheet(reader, id));
			const records: string[][] = [];
			let n = 0;
			for await (const row of worksheet) {
				if (wanted) records[row.number - 1] = Array.from((row.values as ExcelJS.CellValue[]).slice(1), (v) => cellText(v ?? null));
				if (++n % SLICE === 0) await breathe();
			}
			if (wanted) chosen = { name, records };
		}
	} catch (e) {
		throw new TableReadError('unreadable', (e as Error).message);
	}
	if (!chosen) throw new TableReadError('no_sheet', sheetName ?? '');
	return await toTable(Array.from(chosen.records, (r) => r ?? []), { format: 'xlsx', encoding: null, separator: null, sheet: chosen.name });
}

/** exceljs' streaming reader knows sheets by file number; workbook.xml (with its rels) gives names and order. */
type WorkbookInfo = { model?: { sheets?: { name: string; rId: string }[] }; workbookRels?: { Id: string; Target: string }[] };

function sheetFile(info: WorkbookInfo, rId: string): string | undefined {
	return /sheet(\d+)\.xml$/.exec(info.workbookRels?.find((r) => r.Id === rId)?.Target ?? '')?.[1];
}

function sheetNameOf(reader: unknown, id: string | number): string {
	const info = reader as WorkbookInfo;
	return info.model?.sheets?.find((s) => sheetFile(info, s.rId) === String(id))?.name ?? `Sheet${id}`;
}

function isFirstSheet(reader: unknown, id: string | number): boolean {
	const info = reader as WorkbookInfo;
	const first = info.model?.sheets?.[0];
	return first ? sheetFile(info, first.rId) === String(id) : true;
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

// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

async function toTable(records: string[][], meta: Pick<Table, 'format' | 'encoding' | 'separator' | 'sheet'>): Promise<Table> {
	const headerIndex = records.findIndex((r) => r.some((c) => c.trim() !== ''));
	if (headerIndex === -1) throw new TableReadError('empty_file');
	const headers = records[headerIndex].map((h) => h.replace(CONTROL, '').trim());
	const rows: TableRow[] = [];
	const cleanedCells: Table['cleanedCells'] = [];
	let emptyRows = 0;
	for (let i = headerIndex + 1; i < records.length; i++) {
		if (i % SLICE === 0) await breathe();
		// a NUL byte (PostgreSQL refuses it in text) or another control character is no part of a value
		const cells = records[i].map((c, column) => {
			const clean = c.replace(CONTROL, '');
			if (clean.length !== c.length) cleanedCells.push({ rowNumber: i + 1, column });
			// an apostrophe our CSV export put before = + - @ (csv-cell.ts) is not part of the value
			return csvUnprotectCell(clean.trim());
		});
		if (cells.every((c) => c === '')) {
			emptyRows++;
			continue;
		}
		rows.push({ rowNumber: i + 1, cells });
	}
	// trailing empty lines at the end of a file are not "empty rows" anyone would want reported
	let trailing = 0;
	for (let i = records.length - 1; i > headerIndex && records[i].every((c) => c.trim() === ''); i--) trailing++;
	return { ...meta, headers, rows, emptyRows: emptyRows - trailing, cleanedCells };
}
