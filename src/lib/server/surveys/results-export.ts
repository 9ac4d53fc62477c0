/**
 * Exports of a survey (export:survey_results): the responses, one row per response (a column per
 * option of a multiple choice with 1/0, a column per matrix item), and the results tables. CSV and
 * XLSX. Every text cell goes through the shared formula guards (csvSafeCell, insight's safeCell):
 * an answer typed as "=HYPERLINK(…)" is written as text, never run. Anonymous surveys have no
 * person columns; only dates are kept, so only dates are written.
 */
import { exceljs } from '../runtime/lazy-modules';
import { stringify } from 'csv-stringify/sync';
import { localized } from '$lib/domain/localized';
import { questionsOf, type QuestionResult } from '$lib/domain/survey/results';
import type { SurveyQuestion } from '$lib/domain/survey/types';
import type { Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import { csvSafeCell } from '../export/csv-cell';
import { CSV_DELIMITER } from '../export/writers';
import { safeCell } from '../insight/xlsx';
import type { Db } from '../db/types';
import { peopleNames } from './response-reads-repository';
import type { LoadedResults } from './results-queries';

export type Cell = string | number | null;
export type Table = { header: string[]; rows: Cell[][] };

function answerColumns(q: SurveyQuestion, locale: Locale): { header: string; value: (a: unknown, names: Map<number, string>) => Cell }[] {
	const title = localized(q.text, locale);
	switch (q.type) {
		case 'multi':
			return q.options.map((o) => ({ header: `${title}: ${localized(o.label, locale)}`, value: (a) => (Array.isArray(a) ? (a.includes(o.id) ? 1 : 0) : null) }));
		case 'matrix':
			return q.items.map((i) => ({ header: `${title}: ${localized(i.label, locale)}`, value: (a) => (a && typeof a === 'object' && typeof (a as Record<string, number>)[i.id] === 'number' ? (a as Record<string, number>)[i.id] : null) }));
		case 'single':
			return [{ header: title, value: (a) => (typeof a === 'string' ? localized(q.options.find((o) => o.id === a)?.label, locale) || a : null) }];
		case 'yes_no':
			return [{ header: title, value: (a) => (a === 'yes' ? m.survey_results_yes({}, { locale }) : a === 'no' ? m.survey_results_no({}, { locale }) : null) }];
		case 'municipality':
			return [{ header: title, value: (a, names) => (typeof a === 'number' ? (names.get(a) ?? String(a)) : null) }];
		case 'scale':
		case 'number':
			return [{ header: title, value: (a) => (typeof a === 'number' ? a : null) }];
		default:
			return [{ header: title, value: (a) => (typeof a === 'string' ? a : null) }];
	}
}

/** One row per submitted response, in the current version's columns. */
export async function responsesTable(db: Db, loaded: LoadedResults, locale: Locale): Promise<Table> {
	const t = (f: (i: object, o: { locale: Locale }) => string) => f({}, { locale });
	const identified = loaded.survey.mode === 'identified';
	const people = identified ? await peopleNames(db, loaded.responses.map((r) => r.personId).filter((id): id is string => Boolean(id))) : new Map();
	const names = new Map([...loaded.municipalities].map(([id, n]) => [id, localized(n, locale)]));
	const columns = questionsOf(loaded.definition).flatMap((q) => answerColumns(q, locale).map((c) => ({ ...c, id: q.id })));
	const header = [
		t(m.survey_results_col_response),
		t(m.survey_results_col_submitted),
		t(m.survey_results_col_version),
		t(m.survey_results_col_language),
		...(identified ? [t(m.survey_results_col_name), t(m.survey_results_col_email)] : []),
		t(m.survey_results_col_event),
		t(m.survey_results_col_municipality),
		t(m.survey_results_col_gender),
		t(m.survey_results_col_age_band),
		...columns.map((c) => c.header)
	];
	const rows = loaded.responses.map((r, i): Cell[] => {
		const person = r.personId ? people.get(r.personId) : undefined;
		const a = r.attributes;
		return [
			i + 1,
			r.submittedOn,
			r.version,
			r.language,
			...(identified ? [person?.name ?? null, person?.email ?? null] : []),
			a.eventId ? localized(loaded.eventNames.get(a.eventId), locale) || a.eventId : null,
			typeof a.municipalityId === 'number' ? (names.get(a.municipalityId) ?? String(a.municipalityId)) : null,
			a.gender ?? null,
			a.ageBand ?? null,
			...columns.map((c) => c.value(r.answers[c.id], names))
		];
	});
	return { header, rows };
}

function resultRows(r: QuestionResult, locale: Locale): Cell[][] {
	const q = localized(r.text, locale);
	const t = (f: (i: object, o: { locale: Locale }) => string) => f({}, { locale });
	switch (r.kind) {
		case 'choice':
			return r.options.map((o) => [q, localized(o.label, locale), o.count, o.percent, r.n]);
		case 'scale':
			return [...r.distribution.map((d): Cell[] => [q, String(d.value), d.count, d.percent, r.n]), [q, t(m.survey_results_col_mean), r.mean, null, r.n]];
		case 'matrix':
			return r.items.flatMap((i) => [...i.distribution.map((d): Cell[] => [`${q}: ${localized(i.label, locale)}`, String(d.value), d.count, d.percent, i.n]), [`${q}: ${localized(i.label, locale)}`, t(m.survey_results_col_mean), i.mean, null, i.n]]);
		case 'number':
			return [[q, t(m.survey_results_col_mean), r.mean, null, r.n]];
		default:
			return [[q, null, r.n, null, r.n]];
	}
}

/** The results tables: question, answer, count, percent, base. */
export function resultsTable(loaded: LoadedResults, locale: Locale): Table {
	const t = (f: (i: object, o: { locale: Locale }) => string) => f({}, { locale });
	return {
		header: [t(m.survey_results_col_question), t(m.survey_results_col_option), t(m.survey_results_col_count), t(m.survey_results_col_percent), t(m.survey_results_col_base)],
		rows: loaded.results.questions.flatMap((r) => resultRows(r, locale))
	};
}

/** CSV as the other exports write it: BOM, semicolons, CRLF (export/writers.ts). */
export function tableCsv(table: Table): string {
	return stringify([table.header, ...table.rows].map((row) => row.map(csvSafeCell)), { bom: true, delimiter: CSV_DELIMITER, record_delimiter: '\r\n' });
}

export async function tableXlsx(table: Table, sheetTitle: string): Promise<Buffer> {
	const workbook = new (await exceljs()).Workbook();
	workbook.creator = 'Tuvumā';
	const sheet = workbook.addWorksheet(sheetTitle.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.addRow(table.header.map(safeCell)).font = { bold: true };
	for (const row of table.rows) sheet.addRow(row.map((c) => (typeof c === 'string' ? safeCell(c) : c)));
	sheet.columns.forEach((c, i) => (c.width = i < 4 ? 14 : 28));
	return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The response a download route answers with: attachment, never cached (it may hold personal data). */
export function download(body: string | Buffer, fileName: string): Response {
	const xlsx = fileName.endsWith('.xlsx');
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: {
			'content-type': xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName}"`,
			'cache-control': 'private, no-store'
		}
	});
}
