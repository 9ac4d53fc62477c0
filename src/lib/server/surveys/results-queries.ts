/**
 * A survey's results as the workspace, the public page, the API and the exports read them: the
 * submitted responses counted by the rules of domain/survey/results.ts, with names looked up.
 */
import { localized } from '$lib/domain/localized';
import type { LocalizedText } from '$lib/domain/types';
import { BREAKDOWN_ATTRIBUTES, computeResults, crossTab, questionsOf, type BreakdownAttribute, type CrossTab, type ResultOptions, type SurveyResults } from '$lib/domain/survey/results';
import type { SurveyDefinition } from '$lib/domain/survey/types';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locales';
import type { Db } from '../db/types';
import { listQuotes } from './quotes-repository';
import { eventTitles, listSubmittedResponses, municipalityNames, type SubmittedResponse } from './response-reads-repository';
import { findSurveyBySlug, listSurveyVersions, type SurveyRow } from './surveys-repository';

export type TextAnswer = { responseId: string; questionId: string; text: string; quoted: boolean };

export type LoadedResults = {
	survey: SurveyRow;
	definition: SurveyDefinition;
	responses: SubmittedResponse[];
	options: ResultOptions;
	results: SurveyResults;
	/** Names of the events and municipalities the responses name (answers and attributes). */
	eventNames: Map<string, LocalizedText>;
	municipalities: Map<number, LocalizedText>;
	/** Chosen quotes in their order. */
	quotes: TextAnswer[];
};

export async function loadResults(db: Db, survey: SurveyRow, locale: Locale): Promise<LoadedResults | null> {
	const versions = new Map((await listSurveyVersions(db, survey.id)).map((v) => [v.version, v.definition]));
	const definition = versions.get(survey.currentVersion);
	if (!definition) return null;
	const responses = await listSubmittedResponses(db, survey.id);
	const municipalityIds = new Set<number>();
	const eventIds = new Set<string>();
	const municipalityQuestions = questionsOf(definition).filter((q) => q.type === 'municipality').map((q) => q.id);
	for (const r of responses) {
		if (typeof r.attributes.municipalityId === 'number') municipalityIds.add(r.attributes.municipalityId);
		if (r.attributes.eventId) eventIds.add(r.attributes.eventId);
		for (const id of municipalityQuestions) if (typeof r.answers[id] === 'number') municipalityIds.add(r.answers[id] as number);
	}
	const [municipalities, eventNames, quoteRefs] = await Promise.all([municipalityNames(db, [...municipalityIds]), eventTitles(db, [...eventIds]), listQuotes(db, survey.id)]);
	const options: ResultOptions = {
		versions,
		municipalityNames: new Map([...municipalities].map(([id, name]) => [id, localized(name, locale)])),
		yesNo: { yes: { lv: m.survey_results_yes({}, { locale }) }, no: { lv: m.survey_results_no({}, { locale }) } }
	};
	const byId = new Map(responses.map((r) => [r.id, r]));
	const quotes = quoteRefs
		.map((q) => ({ responseId: q.responseId, questionId: q.questionId, text: String(byId.get(q.responseId)?.answers[q.questionId] ?? ''), quoted: true }))
		.filter((q) => q.text.trim() !== '');
	return { survey, definition, responses, options, results: computeResults(definition, responses, options), eventNames, municipalities, quotes };
}

/** The results of a survey whose results page is published; null otherwise (a draft never is). */
export async function publishedResults(db: Db, slug: string, locale: Locale): Promise<LoadedResults | null> {
	const survey = await findSurveyBySlug(db, slug);
	if (!survey || !survey.resultsPublishedAt || survey.status === 'draft') return null;
	return loadResults(db, survey, locale);
}

/** Every free-text answer of the survey, newest first, with whether it is a chosen quote (staff only). */
export function textAnswers(loaded: LoadedResults): TextAnswer[] {
	const textQuestions = questionsOf(loaded.definition).filter((q) => q.type === 'short_text' || q.type === 'long_text');
	const picked = new Set(loaded.quotes.map((q) => `${q.responseId}/${q.questionId}`));
	const out: TextAnswer[] = [];
	for (const r of [...loaded.responses].reverse())
		for (const q of textQuestions) {
			const a = r.answers[q.id];
			if (typeof a === 'string' && a.trim()) out.push({ responseId: r.id, questionId: q.id, text: a, quoted: picked.has(`${r.id}/${q.id}`) });
		}
	return out;
}

export function parseBreakdown(value: string | null): BreakdownAttribute | null {
	return (BREAKDOWN_ATTRIBUTES as readonly string[]).includes(value ?? '') ? (value as BreakdownAttribute) : null;
}

export type LabelledCrossTab = CrossTab & { labels: string[] };

/** The cross-tabs by an attribute, each group with a readable name. */
export function breakdownOf(loaded: LoadedResults, attribute: BreakdownAttribute, locale: Locale): LabelledCrossTab[] {
	const label = (key: string): string => {
		if (key === '') return m.survey_results_not_known({}, { locale });
		if (attribute === 'eventId') return localized(loaded.eventNames.get(key), locale) || key;
		if (attribute === 'municipalityId') return localized(loaded.municipalities.get(Number(key)), locale) || key;
		// the words the registration form offered ($lib/events/choices: GENDERS, AGE_BANDS)
		if (attribute === 'gender') return (key === 'female' ? m.events_gender_female : key === 'male' ? m.events_gender_male : m.events_gender_other)({}, { locale });
		if (key === 'under_25') return m.events_age_under_25({}, { locale });
		if (key === '65_plus') return m.events_age_65_plus({}, { locale });
		return key.replace('_', '–');
	};
	return crossTab(loaded.definition, loaded.responses, attribute, loaded.options).map((t) => ({ ...t, labels: t.groups.map((g) => label(g.key)) }));
}
