import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { exceljs } from '../runtime/lazy-modules';
import { EXPORT_COLUMNS, type ExportRow } from './columns';
import { csvSafeCell } from './csv-cell';

/**
 * The three export formats as streams of bytes: rows are pulled from the database batch by batch
 * while the response is being sent, never collected in memory first.
 */

export type ExportFormat = 'csv' | 'xlsx' | 'geojson';
export type PointedRow = ExportRow & { point: { lat: number; lng: number } | null };

export const CONTENT_TYPES: Record<ExportFormat, string> = {
	csv: 'text/csv; charset=utf-8; header=present',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	geojson: 'application/geo+json; charset=utf-8'
};

/**
 * CSV: UTF-8 with a byte-order mark and semicolons, because Excel with Latvian (and most
 * continental) regional settings opens exactly that correctly by double-click; CRLF line ends and
 * quotes where needed (RFC 4180 apart from the separator). Text that a spreadsheet would run as a
 * formula is written as text (csv-cell.ts).
 */
export const CSV_DELIMITER = ';';

export function csvStream(rows: AsyncIterable<PointedRow>): Readable {
	const out = stringify({ bom: true, delimiter: CSV_DELIMITER, record_delimiter: '\r\n', header: true, columns: [...EXPORT_COLUMNS] });
	const source = Readable.from(mapRows(rows, (r) => Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, csvSafeCell(r[c])]))));
	source.on('error', (e) => out.destroy(e));
	return source.pipe(out);
}

/** XLSX through exceljs' streaming writer: each row is committed (written out) as soon as it is added. */
export function xlsxStream(rows: AsyncIterable<PointedRow>, sheetName: string): Readable {
	const out = new PassThrough();
	void (async () => {
		try {
			const workbook = new (await exceljs()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
			const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
			sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c, key: c, width: c.startsWith('description') ? 60 : 20 }));
			sheet.getRow(1).font = { bold: true };
			for await (const r of rows) sheet.addRow(EXPORT_COLUMNS.map((c) => r[c] ?? null)).commit();
			sheet.commit();
			await workbook.commit();
		} catch (e) {
			out.destroy(e as Error);
		}
	})();
	return out;
}

/**
 * GeoJSON (RFC 7946) FeatureCollection: the geometry is the public point ([lng, lat]) — the house,
 * the locality centre or the municipality centre, as the producer chose — or null when unknown.
 */
export function geojsonStream(rows: AsyncIterable<PointedRow>): Readable {
	return Readable.from(geojsonChunks(rows));
}

async function* geojsonChunks(rows: AsyncIterable<PointedRow>): AsyncGenerator<string> {
	yield '{"type":"FeatureCollection","features":[';
	let first = true;
	for await (const r of rows) {
		const { point, ...properties } = r;
		const feature = {
			type: 'Feature',
			id: r.slug,
			geometry: point ? { type: 'Point', coordinates: [point.lng, point.lat] } : null,
			properties
		};
		yield (first ? '\n' : ',\n') + JSON.stringify(feature);
		first = false;
	}
	yield '\n]}\n';
}

async function* mapRows<T, U>(rows: AsyncIterable<T>, f: (row: T) => U): AsyncGenerator<U> {
	for await (const r of rows) yield f(r);
}
