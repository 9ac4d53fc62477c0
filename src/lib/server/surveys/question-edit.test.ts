import { describe, expect, it } from 'vitest';
import { parseWith } from '$lib/forms/parse';
import { questionEditSchema } from '$lib/forms/survey';
import type { SurveyQuestion } from '$lib/domain/survey/types';
import { mergeQuestionEdit, parseChoiceAction } from './question-edit';

const multi: SurveyQuestion = { id: 'q2', type: 'multi', text: { lv: 'Kas patika?' }, required: false, options: [{ id: 'o1', label: { lv: 'Produkti' } }, { id: 'o2', label: { lv: 'Mūzika' } }, { id: 'o3', label: { lv: 'Cenas' } }] };
const input = (fields: Record<string, unknown>) => {
	const r = parseWith(questionEditSchema, { conditionAnyOf: [], ...fields });
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.data;
};
let n = 3;
const newId = () => `o${++n}`;

describe('merging the question form', () => {
	it("the English tab sets English texts and keeps the Latvian ones; settings apply on any tab", () => {
		const r = mergeQuestionEdit(multi, input({ lang: 'en', text: 'What did you like?', labels: { o1: 'Products' }, maxSelections: '2', required: 'on' }), null, newId);
		expect(r).toMatchObject({ ok: true, question: { text: { lv: 'Kas patika?', en: 'What did you like?' }, required: true, maxSelections: 2, options: [{ label: { lv: 'Produkti', en: 'Products' } }, {}, {}] } });
	});

	it('refuses more selections than options, and an empty Latvian text, by field', () => {
		expect(mergeQuestionEdit(multi, input({ lang: 'lv', text: 'Kas patika?', maxSelections: '5' }), null, newId)).toEqual({ ok: false, errors: { maxSelections: 'survey_build_selections' } });
		expect(mergeQuestionEdit(multi, input({ lang: 'lv', text: '' }), null, newId)).toMatchObject({ ok: false, errors: { text: 'required' } });
	});

	it('adds, moves and removes options; fewer than two is refused', () => {
		const added = mergeQuestionEdit(multi, input({ lang: 'lv', text: 'Kas patika?', newChoice: 'Ēdiens' }), parseChoiceAction('up:o3'), newId);
		expect(added.ok && added.question.type === 'multi' && added.question.options.map((o) => o.id)).toEqual(['o1', 'o3', 'o2', 'o4']);
		const two: SurveyQuestion = { ...multi, options: multi.type === 'multi' ? multi.options.slice(0, 2) : [] } as SurveyQuestion;
		expect(mergeQuestionEdit(two, input({ lang: 'lv', text: 'Kas patika?' }), parseChoiceAction('remove:o1'), newId)).toEqual({ ok: false, errors: { newChoice: 'survey_build_two_choices' } });
	});

	it('a condition needs at least one answer ticked', () => {
		expect(mergeQuestionEdit(multi, input({ lang: 'lv', text: 'Kas patika?', conditionOn: 'q1' }), null, newId)).toMatchObject({ ok: false, errors: { conditionAnyOf: 'survey_build_condition_values' } });
		expect(mergeQuestionEdit(multi, input({ lang: 'lv', text: 'Kas patika?', conditionOn: 'q1', conditionAnyOf: ['yes'] }), null, newId)).toMatchObject({ ok: true, question: { showIf: { questionId: 'q1', anyOf: ['yes'] } } });
	});
});
