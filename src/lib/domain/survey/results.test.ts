import { describe, expect, it } from 'vitest';
import { computeResults, crossTab, median, percentOf, suppressedGroups, type ChoiceResult, type ResultResponse } from './results';
import type { SurveyDefinition } from './types';

const opt = (id: string, lv: string) => ({ id, label: { lv } });
const def: SurveyDefinition = {
	sections: [
		{
			id: 's1',
			questions: [
				{ id: 'widened', type: 'yes_no', text: { lv: 'Vai projekts paplašināja redzesloku?' }, required: true },
				{
					id: 'useful',
					type: 'multi',
					text: { lv: 'Kas bija visnoderīgākais?' },
					required: false,
					options: [opt('video', 'Video lekcijas un rokasgrāmata'), opt('intro', 'Ievadpasākumi'), opt('lab', 'Biznesa ideju laboratorija')]
				},
				{ id: 'rating', type: 'scale', text: { lv: 'Vērtējums' }, required: false, scale: { min: 1, max: 5 } },
				{ id: 'age', type: 'number', text: { lv: 'Vecums' }, required: false },
				{ id: 'comment', type: 'long_text', text: { lv: 'Komentārs' }, required: false }
			]
		}
	]
};
const versions = new Map([[1, def]]);

/** 169 respondents: 78 said yes; 88 chose video, 74 intro, 56 lab (some several). */
function seedStory(): ResultResponse[] {
	return Array.from({ length: 169 }, (_, i) => {
		const useful: string[] = [];
		if (i < 88) useful.push('video');
		if (i >= 81 && i < 155) useful.push('intro');
		if (i < 42 || i >= 155) useful.push('lab');
		return { version: 1, answers: { widened: i < 78 ? 'yes' : 'no', useful, comment: i === 0 ? '=HYPERLINK("x")' : '' }, attributes: {} };
	});
}

describe('survey results', () => {
	it('reproduces the seed story: 46 % widened, 52 / 44 / 33 % useful over 169 respondents', () => {
		const responses = seedStory();
		const lab = responses.filter((r) => (r.answers.useful as string[]).includes('lab')).length;
		expect(lab).toBe(56);
		const { respondents, questions } = computeResults(def, responses, { versions });
		expect(respondents).toBe(169);
		const widened = questions[0] as ChoiceResult;
		expect(widened.n).toBe(169);
		expect(widened.options[0]).toMatchObject({ id: 'yes', count: 78, percent: 46 });
		const useful = questions[1] as ChoiceResult;
		expect(useful.multi).toBe(true);
		expect(useful.options.map((o) => [o.count, o.percent])).toEqual([
			[88, 52],
			[74, 44],
			[56, 33]
		]);
		// over respondents, so the sum is more than 100
		expect(useful.options.reduce((a, o) => a + (o.percent ?? 0), 0)).toBeGreaterThan(100);
		expect(questions[4]).toMatchObject({ kind: 'text', n: 1 });
	});

	it('multi-select base is the respondents who answered the question, not all respondents', () => {
		const responses: ResultResponse[] = [
			{ version: 1, answers: { useful: ['video', 'lab'] }, attributes: {} },
			{ version: 1, answers: { useful: ['video'] }, attributes: {} },
			{ version: 1, answers: { useful: [] }, attributes: {} },
			{ version: 1, answers: {}, attributes: {} }
		];
		const useful = computeResults(def, responses, { versions }).questions[1] as ChoiceResult;
		expect(useful.n).toBe(2);
		expect(useful.options.map((o) => o.percent)).toEqual([100, 0, 50]);
	});

	it('rounds to whole percents under a base of 1000 and one decimal from 1000 up', () => {
		expect(percentOf(78, 169)).toBe(46);
		expect(percentOf(1, 3)).toBe(33);
		expect(percentOf(1, 8)).toBe(13);
		expect(percentOf(462, 1000)).toBe(46.2);
		expect(percentOf(0, 0)).toBeNull();
	});

	it('scale: distribution, mean with one decimal and n; number: mean, median, min, max', () => {
		const responses = [1, 4, 5, 5].map((v, i) => ({ version: 1, answers: { rating: v, age: [30, 41, 52, 70][i] }, attributes: {} }));
		const { questions } = computeResults(def, responses, { versions });
		expect(questions[2]).toMatchObject({ kind: 'scale', n: 4, mean: 3.8 });
		expect(questions[2].kind === 'scale' && questions[2].distribution.map((d) => d.count)).toEqual([1, 0, 0, 1, 2]);
		expect(questions[3]).toMatchObject({ kind: 'number', n: 4, mean: 48.3, median: 46.5, min: 30, max: 70 });
		expect(median([3, 1, 2])).toBe(2);
	});

	it('counts older versions only where the question kept its type', () => {
		const v1: SurveyDefinition = { sections: [{ id: 's1', questions: [{ id: 'rating', type: 'number', text: { lv: 'Vērtējums' }, required: false }] }] };
		const v2 = def;
		const responses: ResultResponse[] = [
			{ version: 1, answers: { rating: 3, widened: 'yes' }, attributes: {} },
			{ version: 2, answers: { rating: 5, widened: 'yes' }, attributes: {} }
		];
		const { questions } = computeResults(v2, responses, { versions: new Map([[1, v1], [2, v2]]) });
		expect(questions[2]).toMatchObject({ kind: 'scale', n: 1, mean: 5 });
		// v1 had no such question: its stray answer is not counted
		expect(questions[0].n).toBe(1);
	});

	it('suppresses groups under 5, and the next smallest when only one would be', () => {
		expect(suppressedGroups([10, 8, 3])).toEqual([false, true, true]);
		expect(suppressedGroups([10, 8, 3, 2])).toEqual([false, false, true, true]);
		expect(suppressedGroups([10, 8, 6])).toEqual([false, false, false]);
		expect(suppressedGroups([4])).toEqual([true]);
	});

	it('a cross-tab never shows a suppressed group’s numbers or size', () => {
		const responses: ResultResponse[] = [
			...Array.from({ length: 12 }, (_, i) => ({ version: 1, answers: { widened: i < 6 ? 'yes' : 'no' }, attributes: { gender: 'f' } })),
			...Array.from({ length: 7 }, () => ({ version: 1, answers: { widened: 'yes' }, attributes: { gender: 'm' } })),
			...Array.from({ length: 2 }, () => ({ version: 1, answers: { widened: 'no' }, attributes: {} }))
		];
		const [widened] = crossTab(def, responses, 'gender', { versions });
		expect(widened.total.n).toBe(21);
		expect(widened.groups.map((g) => [g.key, g.suppressed, g.respondents])).toEqual([
			['f', false, 12],
			['m', true, null],
			['', true, null]
		]);
		expect(widened.groups[1].result).toBeNull();
		const f = widened.groups[0].result as ChoiceResult;
		expect(f.options[0]).toMatchObject({ count: 6, percent: 50 });
	});
});
