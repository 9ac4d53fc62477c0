import { describe, expect, it } from 'vitest';
import type { MatchRow } from './documents-repository';
import { evaluate, type RankQuery } from './engine';
import { MemoryIndex } from './memory-index';
import { explainResults, scoreWord, TIER, type FacetFilter, type PlannedWord } from './ranking';
import { indexRow, NO_FILTER, rankQuery } from './test-rows';
import { foldedWordsOf, splitWords, stemsOf } from './words';

const doc = (name: string, over: Partial<MatchRow> = {}): MatchRow => ({
	entityType: 'producer',
	entityId: name,
	resultType: 'producer',
	resultId: name,
	kind: 'farm',
	categoryIds: [],
	localityId: null,
	lat: null,
	lng: null,
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

describe('explainResults', () => {
	it('folds products into their producer and needs every word somewhere in the result', () => {
		const rows = [
			doc('Ozolkalna kazas', { resultId: 'p1', entityId: 'p1', bodyHits: [false, false] }),
			doc('Svaigais kazas siers', { entityType: 'product', resultId: 'p1', entityId: 'x1', bodyHits: [false, false] }),
			doc('Kazas piens', { resultId: 'p2', entityId: 'p2', bodyHits: [false, false] })
		];
		const ranked = explainResults(rows, { words: [word('ozolkalna'), word('siers')], placeNames: [], origin: null });
		const p1 = ranked.find((r) => r.id === 'p1')!;
		expect(p1.complete).toBe(true);
		expect(p1.docs).toHaveLength(2);
		expect(ranked.find((r) => r.id === 'p2')!.complete).toBe(false);
	});
});

// the one ranking (decision 011): the engine orders, counts and scores; the page shows its scores
describe('the engine', () => {
	const none = NO_FILTER;
	const query = (over: Partial<RankQuery>) => rankQuery({ merged: { offset: 0, limit: 10 }, ...over });

	it('sorts by distance when asked, and counts facets without their own filter', () => {
		const ix = new MemoryIndex();
		ix.put(indexRow('A', { lat: 57, lng: 24, kind: 'farm', categoryIds: [10] }));
		ix.put(indexRow('B', { lat: 56, lng: 24, kind: 'craftsman', categoryIds: [55] }));
		ix.put(indexRow('C', { lat: 56.5, lng: 24, kind: 'farm', categoryIds: [10], hours: ['Mo 09:00-18:00'] }));
		expect(evaluate(ix, query({ origin: { lat: 56, lng: 24 }, sort: 'distance' })).page.map((r) => r.id)).toEqual(['B', 'C', 'A']);
		const filter: FacetFilter = { ...none, categoryIds: [10], openNow: true };
		const ranked = evaluate(ix, query({ filter }));
		expect(ranked.page.map((r) => r.id)).toEqual(['C']);
		expect(Object.fromEntries(ranked.facets.category)).toEqual({ '10': 1 });
		expect(Object.fromEntries(ranked.facets.kind)).toEqual({ farm: 1 });
	});

	it('gives the page in the order of the scores it reports: name word, other form, description', () => {
		const ix = new MemoryIndex();
		ix.put(indexRow('body', { bodyStems: 'med' }));
		ix.put(indexRow('form', { names: 'medu', nameStems: 'med' }));
		ix.put(indexRow('exact', { names: 'medus', nameStems: 'med' }));
		const page = evaluate(ix, query({ words: [word('medus')] })).page;
		expect(page.map((r) => r.id)).toEqual(['exact', 'form', 'body']);
		expect(page.map((r) => r.score)).toEqual([TIER.exact, TIER.stem, TIER.body]);
	});
});
