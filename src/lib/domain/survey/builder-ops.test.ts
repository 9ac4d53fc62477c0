import { describe, expect, it } from 'vitest';
import { addQuestion, addSection, conditionCandidates, deleteQuestion, deleteSection, moveQuestion, moveSection, newQuestion, nextId, replaceQuestion } from './builder-ops';
import { definitionSchema, type SurveyDefinition, type SurveyQuestion } from './types';

const yesNo = (id: string): SurveyQuestion => ({ id, type: 'yes_no', text: { lv: `Jautājums ${id}` }, required: false });

function survey(): SurveyDefinition {
	return {
		sections: [
			{ id: 's1', questions: [yesNo('q1'), { id: 'q2', type: 'multi', text: { lv: 'Kas patika?' }, required: false, maxSelections: 2, options: [{ id: 'o1', label: { lv: 'Telpas' } }, { id: 'o2', label: { lv: 'Ēdiens' } }] }] },
			{ id: 's2', questions: [{ ...yesNo('q3'), showIf: { questionId: 'q2', anyOf: ['o2'] } }] }
		]
	};
}

const ok = <T extends { ok: boolean }>(r: T) => {
	if (!r.ok) throw new Error(JSON.stringify(r));
	return (r as T & { definition: SurveyDefinition }).definition;
};

describe('survey builder operations', () => {
	it('ids are one past the highest ever used, in any version, so a removed id is never reused', () => {
		const d = survey();
		expect(nextId('q', [d])).toBe('q4');
		expect(nextId('o', [d])).toBe('o3');
		expect(nextId('s', [d])).toBe('s3');
		const older: SurveyDefinition = { sections: [{ id: 's1', questions: [yesNo('q9')] }] };
		expect(nextId('q', [d, older])).toBe('q10');
	});

	it('a new question gets the parts its type needs and the result passes the definition schema', () => {
		let n = 2;
		const q = newQuestion('single', 'q4', 'Kur dzīvojat?', ['Pilsētā', 'Laukos'], () => `o${++n}`);
		expect(q).toMatchObject({ type: 'single', options: [{ id: 'o3' }, { id: 'o4' }] });
		const d = ok(addQuestion(survey(), 's2', q));
		expect(definitionSchema.safeParse(d).success).toBe(true);
		expect(newQuestion('matrix', 'q5', 'Novērtējiet', ['A', 'B'], () => 'i1')).toMatchObject({ scale: { min: 1, max: 5 } });
	});

	it('only earlier single, multi and yes/no questions may be conditions', () => {
		expect(conditionCandidates(survey(), 'q3').map((q) => q.id)).toEqual(['q1', 'q2']);
		expect(conditionCandidates(survey(), 'q1')).toEqual([]);
		// a condition on a later question is refused
		const d = survey();
		d.sections[0].questions[0] = { ...yesNo('q1'), showIf: { questionId: 'q3', anyOf: ['yes'] } };
		expect(replaceQuestion(survey(), d.sections[0].questions[0])).toMatchObject({ ok: false, error: 'condition_order' });
		// a value the target does not have is refused
		expect(replaceQuestion(survey(), { ...yesNo('q3'), showIf: { questionId: 'q1', anyOf: ['o1'] } })).toMatchObject({ ok: false, error: 'condition_value' });
	});

	it('moving a question or section above its condition is refused; moving across a section edge works', () => {
		expect(moveQuestion(ok(moveQuestion(survey(), 'q3', -1)), 'q3', -1)).toMatchObject({ ok: false, error: 'condition_order' });
		expect(moveSection(survey(), 's2', -1)).toMatchObject({ ok: false, error: 'condition_order' });
		const moved = ok(moveQuestion(survey(), 'q1', 1));
		expect(moved.sections[0].questions.map((q) => q.id)).toEqual(['q2', 'q1']);
		const across = ok(moveQuestion(survey(), 'q2', 1));
		expect(across.sections.map((s) => s.questions.map((q) => q.id))).toEqual([['q1'], ['q2', 'q3']]);
	});

	it('a question or section a condition points at cannot be deleted; removing an option a condition names is refused', () => {
		expect(deleteQuestion(survey(), 'q2')).toEqual({ ok: false, error: 'condition_target', detail: 'q3' });
		expect(deleteSection(survey(), 's1')).toEqual({ ok: false, error: 'condition_target', detail: 'q3' });
		expect(ok(deleteQuestion(survey(), 'q3')).sections[1].questions).toEqual([]);
		const q2 = survey().sections[0].questions[1];
		if (q2.type !== 'multi') throw new Error();
		expect(replaceQuestion(survey(), { ...q2, options: [q2.options[0], { id: 'o3', label: { lv: 'Cits' } }] })).toMatchObject({ ok: false, error: 'option_in_condition', detail: 'q3' });
	});

	it('the last section stays; sections can be added and deleted', () => {
		const one: SurveyDefinition = { sections: [{ id: 's1', questions: [] }] };
		expect(deleteSection(one, 's1')).toMatchObject({ ok: false, error: 'last_section' });
		const two = ok(addSection(one, { id: 's2', title: { lv: 'Par Jums' }, questions: [] }));
		expect(ok(deleteSection(two, 's1')).sections.map((s) => s.id)).toEqual(['s2']);
	});
});
