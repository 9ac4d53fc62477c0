import { describe, expect, it } from 'vitest';
import { kappaBand } from '$lib/contracts/insight/kappa-band';
import { agreementPairs, cohensKappa } from './kappa';

const pairs = (counts: { yy: number; yn: number; ny: number; nn: number }) => [
	...Array.from({ length: counts.yy }, () => ['y', 'y'] as const),
	...Array.from({ length: counts.yn }, () => ['y', 'n'] as const),
	...Array.from({ length: counts.ny }, () => ['n', 'y'] as const),
	...Array.from({ length: counts.nn }, () => ['n', 'n'] as const)
];

describe('cohensKappa', () => {
	it('matches the textbook example (Cohen 1960 style 2×2 table: 20/5/10/15 → 0.4)', () => {
		// po = 35/50 = 0.7; pe = 0.5·0.6 + 0.5·0.4 = 0.5; κ = 0.2 / 0.5 = 0.4
		expect(cohensKappa(pairs({ yy: 20, yn: 5, ny: 10, nn: 15 }))).toBeCloseTo(0.4, 10);
	});

	it('is 1 for perfect agreement, 0 at chance level and negative below it', () => {
		expect(cohensKappa(pairs({ yy: 3, yn: 0, ny: 0, nn: 7 }))).toBe(1);
		expect(cohensKappa(pairs({ yy: 1, yn: 1, ny: 1, nn: 1 }))).toBe(0);
		expect(cohensKappa(pairs({ yy: 0, yn: 5, ny: 5, nn: 0 }))).toBe(-1);
	});

	it('handles more than two categories', () => {
		// 3 categories, po = 0.6; marginals a = (4,3,3), b = (3,4,3): pe = (12+12+9)/100 = 0.33
		const p = [['a', 'a'], ['a', 'a'], ['a', 'b'], ['a', 'c'], ['b', 'b'], ['b', 'b'], ['b', 'a'], ['c', 'c'], ['c', 'c'], ['c', 'b']] as const;
		expect(cohensKappa(p)).toBeCloseTo((0.6 - 0.33) / (1 - 0.33), 10);
	});

	it('is not defined without pairs, or when both used one category only', () => {
		expect(cohensKappa([])).toBeNull();
		expect(cohensKappa(pairs({ yy: 0, yn: 0, ny: 0, nn: 6 }))).toBeNull();
	});

	it('names the band', () => {
		expect([-0.1, 0.1, 0.3, 0.5, 0.7, 0.9].map(kappaBand)).toEqual(['poor', 'slight', 'fair', 'moderate', 'substantial', 'almost_perfect']);
	});
});

describe('agreementPairs: sentences × codes', () => {
	const units = [
		{ start: 0, end: 10 },
		{ start: 11, end: 20 },
		{ start: 21, end: 30 }
	];
	it('marks a sentence tagged when a passage overlaps it, per code', () => {
		const first = [{ codeId: 'a', start: 2, end: 15 }];
		const second = [
			{ codeId: 'a', start: 0, end: 5 },
			{ codeId: 'b', start: 25, end: 28 }
		];
		expect(agreementPairs(units, first, second)).toEqual([
			[true, true],
			[true, false],
			[false, false],
			[false, false],
			[false, false],
			[false, true]
		]);
	});
});
