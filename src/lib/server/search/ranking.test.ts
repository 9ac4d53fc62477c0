import { describe, expect, it } from 'vitest';
import type { MatchRow } from './documents-repository';
import { facetCounts, passes, rankResults, scoreWord, sortResults, TIER, type FacetFilter, type PlannedWord } from './ranking';
import { foldedWordsOf, splitWords, stemsOf } from './words';

const doc = (name: string, over: Partial<MatchRow> = {}): MatchRow => ({
	entityType: 'producer',
	entityId: name,
	resultType: 'producer',
	resultId: name,
	kind: 'farm',
	categoryIds: [],
	labelIds: [],
	regionIds: [],
	municipalityIds: [],
	localityId: null,
	lat: null,
	lng: null,
	open: false,
	sortKey: name,
	foldedNames: foldedWordsOf(name).join(' '),
	rawNames: splitWords(name).map((w) => w.raw).join(' '),
	nameStems: stemsOf(name).join(' '),
	bodyHits: [false],
	slug: name,
	externalId: null,
	name,
	nameI18n: { lv: name },
	body: null,
	municipalityId: 1,
	locationPrecision: 'exact',
	publicAddress: null,
	hours: [],
	isDemo: false,
	...over
});
const word = (q: string, tier: 'stem' | 'prefix' | 'typo' = 'stem', categoryIds: number[] = []): PlannedWord => {
	const w = splitWords(q)[0];
	return { word: w, variants: [{ stem: w.stem, prefix: tier === 'prefix', tier, folded: w.folded }], categoryIds };
};

describe('scoreWord', () => {
	it('ranks an exact word over another form, a product below its producer, descriptions and categories last', () => {
		const w = word('medus', 'stem', [10]);
		expect(scoreWord(doc('Rāznas krasta medus'), w, [false]).score).toBe(TIER.exact);
		expect(scoreWord(doc('Medu māja'), w, [false]).score).toBe(TIER.stem);
		expect(scoreWord(doc('Liepu medus', { entityType: 'product' }), w, [false]).score).toBeCloseTo(TIER.exact * 0.8);
		expect(scoreWord(doc('Bitenieki'), w, [true]).score).toBe(TIER.body);
		expect(scoreWord(doc('Bitenieki', { categoryIds: [10] }), w, [false])).toEqual({ score: TIER.category, kind: 'category', field: 'category' });
		expect(scoreWord(doc('Kalnmuižas'), w, [false]).score).toBe(0);
	});
	it('puts the exact spelling first when the query has diacritics', () => {
		const zile = word('zīle');
		const withMarks = scoreWord(doc('Keramikas darbnīca "Zīle"'), zile, [false]).score;
		const without = scoreWord(doc('Linu darbnīca "Zilais zieds"'), zile, [false]).score;
		expect(withMarks).toBeGreaterThan(without);
		// typed without diacritics: no bonus either way
		expect(scoreWord(doc('Keramikas darbnīca "Zīle"'), word('zile'), [false]).score).toBe(TIER.exact);
	});
	it('ranks typo corrections below any exact or stemmed hit', () => {
		expect(TIER.typo).toBeLessThan(TIER.body);
		const typo: PlannedWord = { ...word('medsu'), variants: [{ stem: 'med', prefix: false, tier: 'typo', folded: 'medus' }] };
		expect(scoreWord(doc('Rāznas krasta medus'), typo, [false]).kind).toBe('typo');
	});
});

describe('rankResults', () => {
	it('folds products into their producer and needs every word somewhere in the result', () => {
		const rows = [
			doc('Ozolkalna kazas', { resultId: 'p1', entityId: 'p1', bodyHits: [false, false] }),
			doc('Svaigais kazas siers', { entityType: 'product', resultId: 'p1', entityId: 'x1', bodyHits: [false, false] }),
			doc('Kazas piens', { resultId: 'p2', entityId: 'p2', bodyHits: [false, false] })
		];
		const ranked = rankResults(rows, { words: [word('ozolkalna'), word('siers')], placeNames: [], placeLocalityIds: [], stopWords: [], origin: null, tieOrigin: null });
		const p1 = ranked.find((r) => r.id === 'p1')!;
		expect(p1.complete).toBe(true);
		expect(p1.docs).toHaveLength(2);
		expect(ranked.find((r) => r.id === 'p2')!.complete).toBe(false);
	});
	it('sorts by distance when asked, and counts facets without their own filter', () => {
		const rows = [
			doc('A', { lat: 57, lng: 24, kind: 'farm', categoryIds: [10] }),
			doc('B', { lat: 56, lng: 24, kind: 'craftsman', categoryIds: [55] }),
			doc('C', { lat: 56.5, lng: 24, kind: 'farm', categoryIds: [10], open: true })
		];
		const ranked = rankResults(rows, { words: [], placeNames: [], placeLocalityIds: [], stopWords: [], origin: { lat: 56, lng: 24 }, tieOrigin: null });
		expect(sortResults(ranked, 'distance', null).map((r) => r.id)).toEqual(['B', 'C', 'A']);
		const filter: FacetFilter = { types: [], categoryIds: [10], kinds: [], labelIds: null, regionIds: null, municipalityIds: null, openNow: true };
		expect(ranked.filter((r) => passes(r, filter)).map((r) => r.id)).toEqual(['C']);
		expect(Object.fromEntries(facetCounts(ranked, filter, 'category'))).toEqual({ '10': 1 });
		expect(Object.fromEntries(facetCounts(ranked, filter, 'kind'))).toEqual({ farm: 1 });
	});
});
