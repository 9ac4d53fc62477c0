/**
 * The answer form's questions in the page's language (Latvian where a text is not translated,
 * marked so the page can say lang="lv"), and the municipalities for the picker.
 */
import { localized, localizedLang } from '$lib/domain/localized';
import { allQuestions } from '$lib/domain/survey/answers';
import type { LocalizedText, SurveyDefinition, SurveyQuestion } from '$lib/domain/survey/types';
import { sortLatvian } from '$lib/text/collation';
import type { Db } from '../db/types';
import type { QuestionView, SectionView, Text } from '$lib/domain/survey/view';
import { listTerritoriesByKind } from '../geography/territories-repository';


const t = (text: LocalizedText, locale: string): Text => ({ text: localized(text, locale), lang: localizedLang(text, locale) });
const tOpt = (text: LocalizedText | undefined, locale: string) => (text && localized(text, locale) ? t(text, locale) : null);

function choiceText(q: SurveyQuestion | undefined, id: string, locale: string, yesNo: { yes: string; no: string }): Text {
	if (q && 'options' in q) {
		const o = q.options.find((x) => x.id === id);
		if (o) return t(o.label, locale);
	}
	if (id === 'yes' || id === 'no') return { text: yesNo[id], lang: locale };
	return { text: id, lang: locale };
}

export function answerView(definition: SurveyDefinition, locale: string, yesNo: { yes: string; no: string }): SectionView[] {
	const byId = new Map(allQuestions(definition).map((q) => [q.id, q]));
	return definition.sections.map((s) => ({
		id: s.id,
		title: tOpt(s.title, locale),
		questions: s.questions.map((q): QuestionView => {
			const asked = q.showIf ? byId.get(q.showIf.questionId) : undefined;
			return {
				id: q.id,
				type: q.type,
				text: t(q.text, locale),
				help: tOpt(q.help, locale),
				required: q.required,
				condition: q.showIf
					? { ...q.showIf, question: asked ? t(asked.text, locale) : { text: q.showIf.questionId, lang: locale }, choices: q.showIf.anyOf.map((id) => choiceText(asked, id, locale, yesNo)) }
					: null,
				options: 'options' in q ? q.options.map((o) => ({ id: o.id, label: t(o.label, locale) })) : [],
				items: q.type === 'matrix' ? q.items.map((o) => ({ id: o.id, label: t(o.label, locale) })) : [],
				scale: 'scale' in q ? { min: q.scale.min, max: q.scale.max, minLabel: tOpt(q.scale.minLabel, locale), maxLabel: tOpt(q.scale.maxLabel, locale) } : null,
				min: q.type === 'number' ? (q.min ?? null) : null,
				max: q.type === 'number' ? (q.max ?? null) : null,
				integer: q.type === 'number' ? !!q.integer : false,
				minSelections: q.type === 'multi' ? (q.minSelections ?? null) : null,
				maxSelections: q.type === 'multi' ? (q.maxSelections ?? null) : null
			};
		})
	}));
}

/** Municipalities in Latvian order, only when a question asks for one. */
export async function municipalityChoices(db: Db, definition: SurveyDefinition, locale: string): Promise<{ id: number; name: string }[]> {
	if (!allQuestions(definition).some((q) => q.type === 'municipality')) return [];
	const rows = await listTerritoriesByKind(db, 'municipality');
	return sortLatvian(
		rows.map((r) => ({ id: r.id, name: localized(r.name, locale) })),
		(r) => r.name
	);
}
