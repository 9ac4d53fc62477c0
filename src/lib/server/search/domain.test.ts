import { describe, expect, it } from 'vitest';
import { latvianSortKey } from '$lib/text/collation';
import { likePattern, normalizeQuery, rankCandidates, type Candidate, type MatchReason } from './domain';

const cand = (name: string, ...reasons: MatchReason[]): Candidate => ({ id: name, name, sortKey: latvianSortKey(name), reasons: new Set(reasons) });

describe('normalizeQuery', () => {
	it('folds diacritics and case, keeps the typed text', () => {
		expect(normalizeQuery('  Ievārījumi   Ķekavā ')).toEqual({ text: 'Ievārījumi Ķekavā', folded: 'ievarijumi kekava' });
		expect(normalizeQuery(null)).toEqual({ text: '', folded: '' });
		expect(normalizeQuery('x'.repeat(300)).text).toHaveLength(100);
	});
});

describe('likePattern', () => {
	it('escapes LIKE wildcards', () => {
		expect(likePattern('100%', 'contains')).toBe('%100\\%%');
		expect(likePattern('a_b\\c', 'prefix')).toBe('a\\_b\\\\c%');
	});
});

describe('rankCandidates', () => {
	it('puts name prefix before name contains before product before category or place', () => {
		const ranked = rankCandidates(
			[
				cand('Zemes medus', 'category'),
				cand('Dārza ievārījumi', 'name'),
				cand('Ievārījumu māja', 'name', 'product'),
				cand('Bišu sēta', 'product'),
				cand('Ābeļu dārzs', 'place')
			],
			'ievarijum'
		);
		expect(ranked.map((c) => c.name)).toEqual(['Ievārījumu māja', 'Dārza ievārījumi', 'Bišu sēta', 'Ābeļu dārzs', 'Zemes medus']);
	});
	it('ignores leading quotes for the prefix and orders ties the Latvian way', () => {
		const ranked = rankCandidates([cand('"Ābolu" medus', 'name'), cand('Abolu sula', 'name'), cand('„Ābols”', 'name')], 'ab');
		expect(ranked.map((c) => c.name)).toEqual(['Abolu sula', '„Ābols”', '"Ābolu" medus']);
	});
});
