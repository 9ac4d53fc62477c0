import { describe, expect, it } from 'vitest';
import type { SurveyDefinition } from './types';
import { breaksAnswers } from './versioning';

const base = (): SurveyDefinition => ({
	sections: [
		{
			id: 's1',
			questions: [
				{ id: 'q1', type: 'single', text: { lv: 'Kā uzzinājāt?' }, required: true, options: [{ id: 'o1', label: { lv: 'Draugi' } }, { id: 'o2', label: { lv: 'Avīze' } }] },
				{ id: 'q2', type: 'scale', text: { lv: 'Cik noderīgi?' }, required: false, scale: { min: 1, max: 5 } },
				{ id: 'q3', type: 'matrix', text: { lv: 'Novērtējiet' }, required: false, items: [{ id: 'i1', label: { lv: 'Telpas' } }, { id: 'i2', label: { lv: 'Ēdiens' } }], scale: { min: 1, max: 5 } },
				{ id: 'q4', type: 'long_text', text: { lv: 'Ieteikumi' }, required: false }
			]
		}
	]
});

function edit(change: (d: SurveyDefinition) => void): SurveyDefinition {
	const d = base();
	change(d);
	return d;
}

describe('breaksAnswers', () => {
	it('allows texts, translations, relabelled options, new questions and options, and reordering', () => {
		expect(breaksAnswers(base(), base())).toBe(false);
		expect(
			breaksAnswers(
				base(),
				edit((d) => {
					const [q1, q2, q3, q4] = d.sections[0].questions;
					if (q1.type !== 'single') throw new Error();
					q1.text = { lv: 'Kā Jūs uzzinājāt?', en: 'How did you hear?' };
					q1.options[1].label = { lv: 'Laikraksts' };
					q1.options.push({ id: 'o3', label: { lv: 'Radio' } });
					d.sections[0].questions = [q4, q3, q2, q1];
					d.sections.push({ id: 's2', questions: [{ id: 'q5', type: 'yes_no', text: { lv: 'Vai nāksiet vēl?' }, required: true }] });
				})
			)
		).toBe(false);
	});

	it('breaks when a question, an option or a matrix item is removed', () => {
		expect(breaksAnswers(base(), edit((d) => d.sections[0].questions.pop()))).toBe(true);
		expect(breaksAnswers(base(), edit((d) => { const q = d.sections[0].questions[0]; if (q.type === 'single') q.options.pop(); }))).toBe(true);
		expect(breaksAnswers(base(), edit((d) => { const q = d.sections[0].questions[2]; if (q.type === 'matrix') q.items.shift(); }))).toBe(true);
	});

	it("breaks when a question's type or a scale's range changes", () => {
		expect(breaksAnswers(base(), edit((d) => { d.sections[0].questions[3] = { id: 'q4', type: 'short_text', text: { lv: 'Ieteikumi' }, required: false }; }))).toBe(true);
		expect(breaksAnswers(base(), edit((d) => { const q = d.sections[0].questions[1]; if (q.type === 'scale') q.scale = { min: 0, max: 10 }; }))).toBe(true);
		expect(breaksAnswers(base(), edit((d) => { const q = d.sections[0].questions[2]; if (q.type === 'matrix') q.scale = { min: 0, max: 10 }; }))).toBe(true);
		// end labels are texts: allowed
		expect(breaksAnswers(base(), edit((d) => { const q = d.sections[0].questions[1]; if (q.type === 'scale') q.scale = { min: 1, max: 5, minLabel: { lv: 'Nemaz' } }; }))).toBe(false);
	});
});
