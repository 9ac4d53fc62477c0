/**
 * The impact report as an XLSX workbook for the funder's own spreadsheets: one sheet per table, headers
 * in the report's language, counts as numbers (so they can be summed), shares as numbers formatted as
 * percent, suppressed groups as the text "< 5". Text goes through safeCell (no formula runs).
 */
import { exceljs } from '../runtime/lazy-modules';
import type { ImpactReport } from '$lib/domain/impact/report-model';
import { safeCell } from '../insight/xlsx';
import { reportTables, type Cell } from './tables';
import { exportTexts, formats, reportLocale } from './texts';

export async function renderImpactXlsx(report: ImpactReport): Promise<Buffer> {
	const locale = reportLocale(report.scope.lang);
	const t = exportTexts(locale);
	const f = formats(locale);
	const workbook = new (await exceljs()).Workbook();
	workbook.creator = 'Tuvumā';
	// the report's own timestamp, so the same report gives the same workbook
	workbook.created = workbook.modified = new Date(report.scope.generatedAt);
	const names = new Set<string>();
	let suppressedAnywhere = false;
	for (const table of reportTables(report, t, f)) {
		const sheet = workbook.addWorksheet(uniqueSheetName(table.title, names), { views: [{ state: 'frozen', ySplit: 1 }] });
		sheet.columns = table.columns.map((header, i) => ({ header: safeCell(header), width: i === 0 ? 44 : 18 }));
		sheet.getRow(1).font = { bold: true };
		table.rows.forEach((cells, i) => {
			const row = sheet.addRow(cells.map((c) => cellValue(c, t.suppressed)));
			cells.forEach((c, j) => {
				const cell = row.getCell(j + 1);
				if (c !== null && typeof c === 'object') cell.numFmt = '0.0%';
				if (c === null) {
					cell.alignment = { horizontal: 'right' };
					suppressedAnywhere = true;
				}
			});
			if (table.totals?.includes(i)) row.font = { bold: true };
		});
		if (table.rows.length === 0) sheet.addRow([safeCell(t.none)]);
	}
	if (suppressedAnywhere) {
		// the note goes under the summary, where a reader of the workbook starts
		const summary = workbook.worksheets[0];
		summary.addRow([]);
		summary.addRow([safeCell(t.suppressedNote)]).font = { italic: true };
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(c: Cell, suppressed: string): string | number | null {
	if (c === null) return suppressed;
	if (c === '') return null;
	if (typeof c === 'number') return c;
	if (typeof c === 'string') return safeCell(c);
	return c.share;
}

/** Excel's rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with ', unique ignoring case. */
export function uniqueSheetName(title: string, taken: Set<string>): string {
	const base = title.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim() || 'Sheet';
	let name = base;
	for (let n = 2; taken.has(name.toLowerCase()); n++) {
		const suffix = ` (${n})`;
		name = base.slice(0, 31 - suffix.length).trimEnd() + suffix;
	}
	taken.add(name.toLowerCase());
	return name;
}
