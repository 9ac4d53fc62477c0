/**
 * What the public sees of published results (page and API): every counted question except free
 * text, and the chosen quotes. Nothing that names or could single out a respondent.
 */
import { localized } from '$lib/domain/localized';
import type { QuestionResult } from '$lib/domain/survey/results';
import type { Locale } from '$lib/i18n/locales';
import type { LoadedResults } from './results-queries';

export type PublicResultsView = {
	slug: string;
	publishedAt: string;
	respondents: number;
	questions: Exclude<QuestionResult, { kind: 'text' }>[];
	quotes: { question: string; text: string }[];
};

export function publicResultsView(loaded: LoadedResults, locale: Locale): PublicResultsView {
	const texts = new Map(loaded.results.questions.map((q) => [q.questionId, localized(q.text, locale)]));
	return {
		slug: loaded.survey.slug,
		publishedAt: (loaded.survey.resultsPublishedAt ?? new Date()).toISOString(),
		respondents: loaded.results.respondents,
		questions: loaded.results.questions.filter((q): q is Exclude<QuestionResult, { kind: 'text' }> => q.kind !== 'text'),
		quotes: loaded.quotes.map((q) => ({ question: texts.get(q.questionId) ?? '', text: q.text }))
	};
}
