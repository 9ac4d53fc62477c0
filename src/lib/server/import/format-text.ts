/** The report as plain text for the terminal (`npm run import`). */
import { m } from '../../paraglide/messages';
import type { Locale } from './fields';
import { fileNotes, issueMessage, severityLabel, summaryLine } from './messages';
import type { ImportReport } from './report';

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function formatReport(report: ImportReport, locale: Locale): string {
	const lines: string[] = [];
	const source = [report.format, report.encoding, report.separator && `"${report.separator === '\t' ? '\\t' : report.separator}"`, report.sheet].filter(Boolean).join(', ');
	lines.push(`${report.fileName}${source ? ` (${source})` : ''}`);
	for (const note of fileNotes(report, locale)) lines.push(`! ${note}`);
	if (report.issues.length) {
		const head = [m.import_col_row({}, { locale }), m.import_col_severity({}, { locale }), m.import_col_column({}, { locale }), m.import_col_value({}, { locale }), m.import_col_problem({}, { locale })];
		const rows = report.issues.map((i) => [String(i.row), severityLabel(i.severity, locale), i.column ?? '', clip(i.value.replace(/\s+/g, ' '), 30), issueMessage(i, locale)]);
		const widths = head.slice(0, 4).map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
		const line = (cells: string[]) => cells.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]) : cell)).join('  ');
		lines.push('', line(head), widths.map((w) => '-'.repeat(w)).join('  ') + '  ' + '-'.repeat(20));
		for (const r of rows) lines.push(line(r));
		if (report.issuesTotal > report.issues.length) lines.push(m.import_issues_more({ shown: String(report.issues.length), total: String(report.issuesTotal) }, { locale }));
	} else if (!report.fileError) lines.push(m.import_no_issues({}, { locale }));
	lines.push('', summaryLine(report, locale) + ` · ${report.seconds} s`);
	if (report.dryRun) lines.push(m.import_dry_run_note({}, { locale }));
	else if (report.mode === 'strict' && !report.written && !report.fileError) lines.push(m.import_strict_nothing({}, { locale }));
	return lines.join('\n');
}
