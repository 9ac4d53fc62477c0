/** The needs matrices and their XLSX export (issue 20). */
import { m } from '$lib/paraglide/messages';
import { localized } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import { sortLatvian } from '$lib/text/collation';
import type { Db } from '../db/types';
import { latvianMunicipalities } from './areas-repository';
import { listCodes } from './codes-repository';
import { codingsOfOrganisation } from './codings-repository';
import { interviewTexts } from './interviews-repository';
import { buildMatrix, quoteOf } from './matrix';
import { codeTree } from './taxonomy';
import { matrixWorkbook } from './xlsx';
import { RESPONDENT_TYPES } from '$lib/forms/insight';

const RESPONDENT_LABEL: Record<string, (inputs: object, options: { locale: Locale }) => string> = {
	resident: m.insight_respondent_resident,
	entrepreneur: m.insight_respondent_entrepreneur,
	ngo: m.insight_respondent_ngo,
	municipality: m.insight_respondent_municipality,
	state_body: m.insight_respondent_state_body
};
export const respondentLabel = (type: string, locale: Locale) => RESPONDENT_LABEL[type]?.({}, { locale }) ?? type;

export async function matrices(db: Db, organisationId: string, locale: Locale) {
	const [codes, interviews, codings, municipalities] = await Promise.all([listCodes(db, organisationId), interviewTexts(db, organisationId), codingsOfOrganisation(db, organisationId), latvianMunicipalities(db)]);
	const used = new Set(interviews.map((i) => i.municipalityId));
	const places = sortLatvian(
		municipalities.filter((mu) => used.has(mu.id)).map((mu) => ({ key: String(mu.id), label: localized(mu.name, locale) })),
		(p) => p.label
	);
	if (used.has(null)) places.push({ key: 'none', label: m.insight_no_municipality({}, { locale }) });
	const byRespondent = buildMatrix(codes, interviews, codings, RESPONDENT_TYPES, (i) => i.respondentType);
	const byMunicipality = buildMatrix(
		codes,
		interviews,
		codings,
		places.map((p) => p.key),
		(i) => (i.municipalityId === null ? 'none' : String(i.municipalityId))
	);
	return {
		interviews: interviews.length,
		codings: codings.length,
		byRespondent: { matrix: byRespondent, columnLabels: RESPONDENT_TYPES.map((t) => respondentLabel(t, locale)) },
		byMunicipality: { matrix: byMunicipality, columnLabels: places.map((p) => p.label) },
		quotes: () => {
			const tree = codeTree(codes);
			const path = new Map(tree.map((c) => [c.id, c.path]));
			const order = new Map(tree.map((c, i) => [c.id, i]));
			const interview = new Map(interviews.map((i) => [i.id, i]));
			const placeLabel = new Map(places.map((p) => [p.key, p.label]));
			const seen = new Set<string>();
			return [...codings]
				.sort((a, b) => (order.get(a.codeId) ?? 0) - (order.get(b.codeId) ?? 0) || a.interviewId.localeCompare(b.interviewId) || a.start - b.start)
				.filter((c) => !seen.has(`${c.codeId}|${c.interviewId}|${c.start}|${c.end}`) && !!seen.add(`${c.codeId}|${c.interviewId}|${c.start}|${c.end}`))
				.map((c) => {
					const i = interview.get(c.interviewId)!;
					return { code: path.get(c.codeId) ?? '', respondent: respondentLabel(i.respondentType, locale), municipality: placeLabel.get(i.municipalityId === null ? 'none' : String(i.municipalityId)) ?? '', quote: quoteOf(i.text, c.start, c.end) };
				});
		}
	};
}

export async function matrixXlsx(db: Db, organisationId: string, locale: Locale): Promise<Buffer> {
	const data = await matrices(db, organisationId, locale);
	return matrixWorkbook(
		[
			{ title: m.insight_matrix_by_respondent({}, { locale }), ...data.byRespondent },
			{ title: m.insight_matrix_by_municipality({}, { locale }), ...data.byMunicipality }
		],
		data.quotes(),
		{
			code: m.insight_code({}, { locale }),
			total: m.insight_total({}, { locale }),
			quotesTitle: m.insight_quotes({}, { locale }),
			respondent: m.insight_respondent_type({}, { locale }),
			municipality: m.insight_municipality({}, { locale }),
			quote: m.insight_quote({}, { locale })
		}
	);
}
