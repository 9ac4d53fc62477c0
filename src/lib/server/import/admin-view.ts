/** An import row as the admin page shows it: report texts already in the reader's language. */
import { columnName } from './column-names';
import { LOCALES, type Locale } from './fields';
import type { ImportRow } from './imports-repository';
import { fileNotes, issueMessage, severityLabel, summaryLine } from './messages';

/** The page lists this many problems; the rest are counted (the CLI prints them all). */
const SHOWN_ISSUES = 500;

export function importView(row: ImportRow, lang: string) {
	const locale: Locale = (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'lv';
	const r = row.report;
	return {
		id: row.id,
		fileName: row.fileName,
		status: row.status,
		phase: row.phase,
		rowsDone: row.rowsDone,
		rowsTotal: row.rowsTotal,
		/** Planned rows the confirmed import has committed (batches, docs/decisions/009). */
		rowsWritten: row.rowsWritten,
		/** It continued after an interruption, from this many committed rows. */
		resumed: !!row.resumedAt,
		resumedAfter: r?.resumedAfter ?? null,
		asStatus: row.asStatus,
		error: row.error,
		/** A preview exists: the real run is under way or done. */
		checked: !!r,
		report: r && {
			dryRun: r.dryRun,
			written: r.written,
			fileError: !!r.fileError,
			notes: fileNotes(r, locale),
			summary: summaryLine(r, locale),
			importable: r.created + r.updated,
			issues: r.issues.slice(0, SHOWN_ISSUES).map((i) => ({
				row: i.row,
				severity: i.severity,
				severityLabel: severityLabel(i.severity, locale),
				column: i.column ? columnName(i.column, locale) : '',
				value: i.value,
				message: issueMessage(i, locale)
			})),
			issuesTotal: r.issuesTotal,
			preview: r.preview
		}
	};
}
