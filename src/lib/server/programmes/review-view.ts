/** The review page's view of each application: its answers as text in the reader's language, its sectors and municipality named. */
import { localized } from '$lib/domain/localized';
import { allQuestions } from '$lib/domain/survey/answers';
import type { SurveyAnswer, SurveyDefinition, SurveyQuestion } from '$lib/domain/survey/types';
import type { StaffApplication } from './applications-repository';

type Names = { municipalities: Map<number, string>; sectors: Map<string, string>; yes: string; no: string };

function answerText(q: SurveyQuestion, a: SurveyAnswer, locale: string, names: Names): string {
	const label = (id: string) => ('options' in q ? q.options.find((o) => o.id === id)?.label : undefined);
	if (q.type === 'yes_no') return a === 'yes' ? names.yes : names.no;
	if (q.type === 'municipality') return names.municipalities.get(Number(a)) ?? String(a);
	if (Array.isArray(a)) return a.map((id) => localized(label(id), locale) || id).join(', ');
	if (typeof a === 'object') return Object.entries(a).map(([item, n]) => `${localized('items' in q ? q.items.find((i) => i.id === item)?.label : undefined, locale) || item}: ${n}`).join('; ');
	if (q.type === 'single') return localized(label(String(a)), locale) || String(a);
	return String(a);
}

export function reviewRows(apps: StaffApplication[], definition: SurveyDefinition, locale: string, names: Names) {
	const questions = allQuestions(definition);
	return apps.map((a) => ({
		id: a.id,
		name: a.name,
		email: a.email,
		locale: a.locale,
		status: a.status,
		createdAt: a.createdAt,
		decisionMessage: a.decisionMessage,
		municipality: a.municipalityId ? (names.municipalities.get(a.municipalityId) ?? null) : null,
		languages: a.languages,
		sectors: a.sectors.map((s) => names.sectors.get(s) ?? s),
		needs: a.needs,
		answers: questions.filter((q) => a.answers[q.id] !== undefined).map((q) => ({ id: q.id, question: localized(q.text, locale), answer: answerText(q, a.answers[q.id], locale, names) }))
	}));
}
