import { describe, expect, it } from 'vitest';
import type { RankQuery } from './engine';
import { MemoryIndex, type IndexRow } from './memory-index';
import { evaluateCached } from './ranked-cache';
import { indexRow } from './test-rows';

const row = (id: string, categoryIds: number[]): IndexRow => indexRow(id, { categoryIds });

const query = (categoryIds: number[] | null): RankQuery => ({
	words: [],
	area: null,
	origin: null,
	radiusKm: null,
	minute: 600,
	placeStems: [],
	placeLocalityIds: [],
	stopWords: [],
	tieOrigin: null,
	filter: { types: [], categoryIds, kinds: [], labelIds: null, regionIds: null, municipalityIds: null, openNow: false },
	sort: 'name',
	single: null,
	groupSize: { producer: 12, sales_point: 6, organisation: 4, place: 4 },
	radiusSteps: []
});

const indexOf = (...rows: IndexRow[]) => {
	const ix = new MemoryIndex();
	for (const r of rows) ix.put(r);
	ix.generation = 1;
	return ix;
};

describe('evaluateCached', () => {
	it('answers a repeated query from the cache until the generation moves on', () => {
		const ix = indexOf(row('a', [10]), row('b', [11]));
		const first = evaluateCached(ix, query([10]), 10);
		expect(first.page.map((p) => p.id)).toEqual(['a']);
		expect(evaluateCached(ix, query([10]), 10)).toBe(first);
		expect(evaluateCached(ix, query([11]), 10).page.map((p) => p.id)).toEqual(['b']);

		// a change the index caught up with (a delta load moves the generation)
		ix.put(row('c', [10]));
		ix.generation = 2;
		const after = evaluateCached(ix, query([10]), 10);
		expect(after).not.toBe(first);
		expect(after.page.map((p) => p.id)).toEqual(['a', 'c']);
	});

	it('keeps at most the configured number of answers, dropping the least recently used; 0 keeps none', () => {
		const ix = indexOf(row('a', [10]), row('b', [11]), row('c', [12]));
		const ten = evaluateCached(ix, query([10]), 2);
		const eleven = evaluateCached(ix, query([11]), 2);
		expect(evaluateCached(ix, query([10]), 2)).toBe(ten); // 10 used again: 11 is now the oldest
		evaluateCached(ix, query([12]), 2);
		expect(evaluateCached(ix, query([10]), 2)).toBe(ten);
		expect(evaluateCached(ix, query([11]), 2)).not.toBe(eleven);
		const off = evaluateCached(ix, query([12]), 0);
		expect(evaluateCached(ix, query([12]), 0)).not.toBe(off);
	});
});
