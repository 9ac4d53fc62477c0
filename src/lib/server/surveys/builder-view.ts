/** The question builder page's view of a definition: texts in the tab's language, and the edit form's values. */
import { conditionCandidates, conditionValues } from '$lib/domain/survey/builder-ops';
import type { SurveyDefinition, SurveyQuestion } from '$lib/domain/survey/types';
import type { LocalizedText } from '$lib/domain/types';

type Lang = 'lv' | 'en' | 'ro' | 'ru';
const inLang = (t: LocalizedText | undefined, lang: Lang) => (t ? (t[lang] ?? '') : '');

/** The edit form's values for a question in one language (what the form shows before anything is typed). */
export function questionValues(q: SurveyQuestion, lang: Lang): Record<string, string | string[]> {
	const v: Record<string, string | string[]> = { text: inLang(q.text, lang), help: inLang(q.help, lang), required: q.required ? 'on' : '' };
	const choices = q.type === 'single' || q.type === 'multi' ? q.options : q.type === 'matrix' ? q.items : [];
	for (const o of choices) v[`labels.${o.id}`] = inLang(o.label, lang);
	if (q.type === 'scale' || q.type === 'matrix') {
		v.range = `${q.scale.min}-${q.scale.max}`;
		v.minLabel = inLang(q.scale.minLabel, lang);
		v.maxLabel = inLang(q.scale.maxLabel, lang);
	}
	if (q.type === 'multi') {
		v.minSelections = q.minSelections ? String(q.minSelections) : '';
		v.maxSelections = q.maxSelections ? String(q.maxSelections) : '';
	}
	if (q.type === 'number') {
		v.numberMin = q.min === undefined ? '' : String(q.min);
		v.numberMax = q.max === undefined ? '' : String(q.max);
		v.integer = q.integer ? 'on' : '';
	}
	v.conditionOn = q.showIf?.questionId ?? '';
	v.conditionAnyOf = (q.showIf?.anyOf ?? []).map((x) => `${q.showIf!.questionId}:${x}`);
	return v;
}

/** The choices of a condition for a question: earlier choice questions and their values, labelled. */
export function conditionChoices(d: SurveyDefinition, questionId: string, lang: Lang, yes: string, no: string) {
	return conditionCandidates(d, questionId).map((c) => ({
		id: c.id,
		label: inLang(c.text, lang) || c.text.lv,
		values: conditionValues(c).map((value) => {
			const option = c.type === 'single' || c.type === 'multi' ? c.options.find((o) => o.id === value) : undefined;
			return { value: `${c.id}:${value}`, label: option ? inLang(option.label, lang) || option.label.lv : value === 'yes' ? yes : no };
		})
	}));
}

/** "“Cik bieži …” (q3)": how a refusal names a question. */
export function questionName(d: SurveyDefinition, id: string | undefined): string {
	const q = d.sections.flatMap((s) => s.questions).find((x) => x.id === id);
	return q ? `“${q.text.lv}” (${q.id})` : (id ?? '');
}
