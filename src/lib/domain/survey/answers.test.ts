import { describe, expect, it } from 'vitest';
import { keepVisible, parseAnswers, validateAnswers, visibleQuestions } from './answers';
import type { SurveyDefinition } from './types';

const def: SurveyDefinition = {
	sections: [
		{
			id: 's1',
			questions: [
				{ id: 'q1', type: 'single', text: { lv: 'Vai?' }, required: true, options: [{ id: 'a', label: { lv: 'A' } }, { id: 'b', label: { lv: 'B' } }] },
				{ id: 'q2', type: 'long_text', text: { lv: 'Kāpēc?' }, required: true, showIf: { questionId: 'q1', anyOf: ['b'] } },
				{ id: 'q3', type: 'yes_no', text: { lv: 'Vēl?' }, required: false, showIf: { questionId: 'q2', anyOf: ['x'] } },
				{ id: 'q4', type: 'multi', text: { lv: 'Kuri?' }, required: false, minSelections: 2, maxSelections: 2, options: [{ id: 'x', label: { lv: 'X' } }, { id: 'y', label: { lv: 'Y' } }, { id: 'z', label: { lv: 'Z' } }] },
				{ id: 'q5', type: 'scale', text: { lv: 'Cik?' }, required: false, scale: { min: 1, max: 5 } },
				{ id: 'q6', type: 'matrix', text: { lv: 'Vērtējiet' }, required: true, items: [{ id: 'i1', label: { lv: 'I1' } }, { id: 'i2', label: { lv: 'I2' } }], scale: { min: 0, max: 10 } },
				{ id: 'q7', type: 'number', text: { lv: 'Skaits' }, required: false, min: 0, max: 100, integer: true },
				{ id: 'q8', type: 'municipality', text: { lv: 'Novads' }, required: false },
				{ id: 'q9', type: 'short_text', text: { lv: 'Vārds' }, required: false }
			]
		}
	]
};

describe('visibleQuestions', () => {
	it('shows a conditional question only when its condition is met', () => {
		expect(visibleQuestions(def, { q1: 'a' }).map((q) => q.id)).not.toContain('q2');
		expect(visibleQuestions(def, { q1: 'b' }).map((q) => q.id)).toContain('q2');
	});
	it('hides a chain whose first condition is not met', () => {
		expect(visibleQuestions(def, { q1: 'a', q2: 'x' }).map((q) => q.id)).not.toContain('q3');
	});
	it('drops the answer of a hidden question', () => {
		expect(keepVisible(def, { q1: 'a', q2: 'because' })).toEqual({ q1: 'a' });
	});
});

describe('parseAnswers', () => {
	it('turns form fields into typed answers', () => {
		const a = parseAnswers(def, [
			['q_q1', 'b'],
			['q_q2', ' line\r\nnext '],
			['q_q4', 'x'],
			['q_q4', 'y'],
			['q_q5', '4'],
			['q_q6__i1', '7'],
			['q_q7', '3,5'],
			['q_q8', '12'],
			['q_q9', '']
		]);
		expect(a).toEqual({ q1: 'b', q2: 'line\nnext', q4: ['x', 'y'], q5: 4, q6: { i1: 7 }, q7: 3.5, q8: 12 });
	});
	it('keeps what does not parse as typed', () => {
		expect(parseAnswers(def, [['q_q7', 'daudz']])).toEqual({ q7: 'daudz' });
	});
});

describe('validateAnswers', () => {
	it('reports missing required answers only on final', () => {
		expect(validateAnswers(def, {}, { final: true })).toEqual({ q1: 'required', q6: 'required' });
		expect(validateAnswers(def, {}, { final: false })).toEqual({});
	});
	it('requires every matrix row', () => {
		expect(validateAnswers(def, { q1: 'a', q6: { i1: 1 } }, { final: true }).q6).toBe('required');
	});
	it('checks shapes and ranges', () => {
		const e = validateAnswers(def, { q1: 'c', q4: ['x', 'y', 'z'], q5: 6, q6: { i1: 11, i2: 0 }, q7: 3.5, q8: 99, q9: 'x'.repeat(301) }, { final: false, municipalityIds: new Set([12]) });
		expect(e).toEqual({ q1: 'unknown_option', q4: 'too_many', q5: 'out_of_scale', q6: 'out_of_scale', q7: 'not_integer', q8: 'unknown_option', q9: 'too_long' });
	});
	it('checks minimum selections and number limits', () => {
		expect(validateAnswers(def, { q1: 'a', q6: { i1: 1, i2: 2 }, q4: ['x'], q7: 101 }, { final: true })).toEqual({ q4: 'too_few', q7: 'too_large' });
		expect(validateAnswers(def, { q7: 'daudz' }, { final: false })).toEqual({ q7: 'not_a_number' });
	});
	it('does not check a hidden question', () => {
		expect(validateAnswers(def, { q1: 'a', q6: { i1: 1, i2: 2 } }, { final: true })).toEqual({});
		expect(validateAnswers(def, { q1: 'b', q6: { i1: 1, i2: 2 } }, { final: true })).toEqual({ q2: 'required' });
	});
});
