import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, pickCorrections, withinEdits } from './typos';

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
		expect(editDistance('medus', 'medus')).toBe(0);
		expect(editDistance('ievarjums', 'ievarijums')).toBe(1);
		expect(editDistance('medsu', 'medus')).toBe(1);
		expect(editDistance('mdeus', 'medus')).toBe(1);
		expect(editDistance('kupinats', 'kupynata')).toBe(2);
		expect(editDistance('', 'abc')).toBe(3);
	});
	it('allows one wrong letter from 4 letters and two from 5', () => {
		expect([3, 4, 5, 12].map(allowedEdits)).toEqual([0, 1, 2, 2]);
	});
});

describe('pickCorrections', () => {
	const vocab = [
		{ term: 'medus', stem: 'med', docs: 40 },
		{ term: 'medu', stem: 'med', docs: 8 },
		{ term: 'medus', stem: 'med', docs: 40 },
		{ term: 'mednieku', stem: 'mednie', docs: 3 },
		{ term: 'ievarijums', stem: 'ievarijum', docs: 20 }
	];
	it('takes the closest words, one per stem, most used first', () => {
		expect(pickCorrections('medsu', vocab)).toEqual([{ term: 'medus', stem: 'med', distance: 1 }]);
		expect(pickCorrections('ievarjums', vocab).map((c) => c.term)).toEqual(['ievarijums']);
	});
	it('gives nothing for short words or when every candidate is too far', () => {
		expect(pickCorrections('mez', vocab)).toEqual([]);
		expect(pickCorrections('xyzzy', vocab)).toEqual([]);
	});
});

describe('withinEdits', () => {
	it('agrees with the full edit distance for every bound', () => {
		const words = ['medus', 'meduss', 'mdeus', 'medu', 'ievarijums', 'ievarjums', 'kupinats', 'kupnats', 'siers', 'sierss', 'sveiki', 'zile', 'zīle', 'a', ''];
		for (const a of words)
			for (const b of words)
				for (const max of [0, 1, 2, 3]) expect(withinEdits([...a], [...b], max), `${a} ~ ${b} ≤ ${max}`).toBe(editDistance(a, b) <= max);
	});
});
