import { describe, expect, it } from 'vitest';
import { codeAgreement, interviewAgreement } from './agreement';

const text = 'Trūkst siera. Nav tirgus. Ceļi slikti. Internets lēns.';
// sentence offsets: [0,13) [14,25) [26,38) [39,54)
const c = (coderId: string, codeId: string, start: number, end: number) => ({ interviewId: 'i1', coderId, codeId, start, end });

describe('agreement of coders', () => {
	it('is 1 when two coders tagged the same sentences with the same codes', () => {
		const codings = [c('anna', 'food', 0, 13), c('anna', 'roads', 26, 38), c('juris', 'food', 0, 12), c('juris', 'roads', 27, 38)];
		expect(interviewAgreement(text, 'i1', codings, ['food', 'roads'])).toEqual({ interviewId: 'i1', coders: 2, kappa: 1 });
	});

	it('drops when they disagree, and is not computed for one coder', () => {
		const codings = [c('anna', 'food', 0, 13), c('anna', 'roads', 26, 38), c('juris', 'food', 0, 13), c('juris', 'roads', 39, 54)];
		// 8 decisions: agree on 6 (food ×4, roads s1 and s2 "no"), po = 0.75; each tags 2 of 8: pe = 0.625 → κ = 1/3
		expect(interviewAgreement(text, 'i1', codings, ['food', 'roads']).kappa).toBeCloseTo(1 / 3, 10);
		expect(interviewAgreement(text, 'i1', codings.slice(0, 2), ['food', 'roads']).kappa).toBeNull();
	});

	it('gives each code its own kappa over the doubly coded interviews', () => {
		const codings = [c('anna', 'food', 0, 13), c('anna', 'roads', 26, 38), c('juris', 'food', 0, 13), c('juris', 'roads', 39, 54)];
		const perCode = codeAgreement([{ id: 'i1', text }], codings, ['food', 'roads', 'net']);
		expect(perCode.get('food')).toBe(1);
		expect(perCode.get('roads')).toBeCloseTo(-1 / 3, 10);
		expect(perCode.get('net')).toBeNull(); // nobody used it: not defined
	});
});
