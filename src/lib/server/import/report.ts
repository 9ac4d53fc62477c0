/** The import report: JSON-safe (stored in imports.report), the same for the CLI and the admin page. */
import type { Column } from './columns';
import type { SourceEncoding } from './decode';
import type { Issue } from './validate';

export type PreviewRow = {
	row: number;
	action: 'create' | 'update';
	externalId: string | null;
	name: string;
	municipality: string;
	locality: string | null;
	categories: string[];
	products: number;
};

export type ImportReport = {
	fileName: string;
	format: 'csv' | 'xlsx' | null;
	encoding: SourceEncoding | null;
	separator: string | null;
	sheet: string | null;
	dryRun: boolean;
	/** skip: rows with errors are left out, the rest is written; strict: any error and nothing is written. */
	mode: 'skip' | 'strict';
	asStatus: 'pending' | 'published';
	fileError: { code: 'empty_file' | 'no_sheet' | 'unreadable' | 'too_large' | 'missing_columns'; detail: string } | null;
	columns: { mapped: { header: string; column: Column }[]; unknown: string[]; ignored: string[]; repeated: string[]; missing: Column[] };
	rows: number;
	emptyRows: number;
	/** Rows written (or, in a dry run, that would be). */
	created: number;
	updated: number;
	skipped: number;
	/** False when strict mode found errors, or the file could not be read: nothing was written. */
	written: boolean;
	/** Planned rows an earlier, interrupted run of this import had committed (batched admin imports; 0 otherwise). */
	resumedAfter?: number;
	issues: Issue[];
	/** Issues beyond the stored ones are counted only (a 100,000-row file can have many). */
	issuesTotal: number;
	errorRows: number;
	warningRows: number;
	preview: PreviewRow[];
	seconds: number;
};

export const MAX_STORED_ISSUES = 2000;
export const PREVIEW_ROWS = 20;

export function emptyReport(fileName: string, options: Pick<ImportReport, 'dryRun' | 'mode' | 'asStatus'>): ImportReport {
	return {
		fileName,
		format: null,
		encoding: null,
		separator: null,
		sheet: null,
		...options,
		fileError: null,
		columns: { mapped: [], unknown: [], ignored: [], repeated: [], missing: [] },
		rows: 0,
		emptyRows: 0,
		created: 0,
		updated: 0,
		skipped: 0,
		written: false,
		issues: [],
		issuesTotal: 0,
		errorRows: 0,
		warningRows: 0,
		preview: [],
		seconds: 0
	};
}

/** Exit code of `npm run import`: 0 all rows fine, 1 nothing written, 2 written with rows skipped. */
export function exitCode(report: ImportReport): number {
	if (report.fileError || (!report.dryRun && !report.written)) return 1;
	if (report.dryRun && report.mode === 'strict' && report.errorRows > 0) return 1;
	return report.skipped > 0 ? 2 : 0;
}
