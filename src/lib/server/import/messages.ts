/** Report texts in the reader's language (Paraglide), shared by the CLI and the admin page. */
import { m } from '../../paraglide/messages';
import { columnNameWithHeader } from './column-names';
import type { Locale } from './fields';
import type { ImportReport } from './report';
import type { Issue, IssueCode } from './validate';

type Message = (inputs: Record<string, string>, options: { locale: Locale }) => string;

const msg = (f: unknown) => f as Message; // every issue message takes the issue's params

const ISSUE: Record<IssueCode, Message> = {
	name_missing: msg(m.import_issue_name_missing),
	municipality_missing: msg(m.import_issue_municipality_missing),
	municipality_unknown: msg(m.import_issue_municipality_unknown),
	municipality_historical: msg(m.import_issue_municipality_historical),
	locality_unknown: msg(m.import_issue_locality_unknown),
	locality_from_municipality: msg(m.import_issue_locality_from_municipality),
	kind_unknown: msg(m.import_issue_kind_unknown),
	precision_unknown: msg(m.import_issue_precision_unknown),
	coordinates_invalid: msg(m.import_issue_coordinates_invalid),
	phone_invalid: msg(m.import_issue_phone_invalid),
	email_invalid: msg(m.import_issue_email_invalid),
	website_invalid: msg(m.import_issue_website_invalid),
	social_invalid: msg(m.import_issue_social_invalid),
	extra_values: msg(m.import_issue_extra_values),
	category_unknown: msg(m.import_issue_category_unknown),
	categories_inferred: msg(m.import_issue_categories_inferred),
	no_category: msg(m.import_issue_no_category),
	label_unknown: msg(m.import_issue_label_unknown),
	product_no_category: msg(m.import_issue_product_no_category),
	duplicate_in_file: msg(m.import_issue_duplicate_in_file),
	duplicate_existing: msg(m.import_issue_duplicate_existing),
	possible_duplicate: msg(m.import_issue_possible_duplicate),
	control_characters_removed: msg(m.import_issue_control_characters_removed)
};

/** "Unknown municipality. Did you mean: Siguldas novads?" */
export function issueMessage(issue: Issue, locale: Locale): string {
	const text = ISSUE[issue.code](issue.params ?? {}, { locale });
	const suggestions = issue.params?.suggestions;
	return suggestions ? `${text}. ${m.import_did_you_mean({ suggestions }, { locale })}` : text;
}

export function severityLabel(severity: Issue['severity'], locale: Locale): string {
	return severity === 'error' ? m.import_severity_error({}, { locale }) : m.import_severity_warning({}, { locale });
}

/** File-level lines: why nothing could be read, unknown / ignored / repeated columns, empty rows. */
export function fileNotes(report: ImportReport, locale: Locale): string[] {
	const notes: string[] = [];
	const e = report.fileError;
	if (e?.code === 'empty_file') notes.push(m.import_file_empty({}, { locale }));
	if (e?.code === 'no_sheet') notes.push(m.import_file_no_sheet({ sheet: e.detail }, { locale }));
	if (e?.code === 'unreadable') notes.push(m.import_file_unreadable({}, { locale }));
	if (e?.code === 'too_large') notes.push(m.import_file_unpacks_too_large({ detail: e.detail }, { locale }));
	if (e?.code === 'missing_columns') {
		const columns = e.detail.split(', ').map((c) => columnNameWithHeader(c, locale)).join(', ');
		notes.push(m.import_file_missing_columns({ columns }, { locale }));
	}
	const c = report.columns;
	if (c.unknown.length) notes.push(m.import_columns_unknown({ columns: c.unknown.join(', ') }, { locale }));
	if (c.ignored.length) notes.push(m.import_columns_ignored({ columns: c.ignored.join(', ') }, { locale }));
	if (c.repeated.length) notes.push(m.import_columns_repeated({ columns: c.repeated.join(', ') }, { locale }));
	if (report.emptyRows > 0) notes.push(m.import_empty_rows({ count: String(report.emptyRows) }, { locale }));
	return notes;
}

export function summaryLine(report: ImportReport, locale: Locale): string {
	return m.import_summary(
		{ rows: String(report.rows), created: String(report.created), updated: String(report.updated), skipped: String(report.skipped) },
		{ locale }
	);
}
