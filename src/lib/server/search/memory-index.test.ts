import { describe, expect, it } from 'vitest';
import { MemoryIndex, namePrefix } from './memory-index';
import { indexRow } from './test-rows';
import { TopK } from './top-k';

const row = indexRow;

const slotsOf = (ix: MemoryIndex, term: string) => {
	const p = ix.posting(term);
	return p ? [...p.slots.subarray(0, p.length)] : [];
};

describe('MemoryIndex', () => {
	it('indexes words by where they were found, counting products per stem and category', () => {
		const ix = new MemoryIndex();
		ix.put(row('a', { names: 'bisu drava', nameStems: 'bis drav', productNameStems: ['med', 'liepzied', 'med'], productCategoryIds: [10, 10], categoryIds: [10, 12] }));
		expect(slotsOf(ix, 'n:drav')).toEqual([0]);
		expect(slotsOf(ix, 'w:drava')).toEqual([0]);
		const honey = ix.posting('p:med')!;
		expect([honey.slots[0], honey.counts![0]]).toEqual([0, 2]);
		// the listing's own category counts no products but is there for the floor and the filter
		const c12 = ix.posting('c:12')!;
		expect([c12.slots[0], c12.counts![0]]).toEqual([0, 0]);
		expect(ix.hasStem('med')).toBe(true);
		expect(ix.hasStemWithPrefix('liep')).toBe(true);
		expect(ix.hasStemWithPrefix('kaz')).toBe(false);
	});

	it('replaces a result in a new slot and leaves the old one dead', () => {
		const ix = new MemoryIndex();
		ix.put(row('a', { nameStems: 'vec' }));
		ix.put(row('a', { nameStems: 'jaun' }));
		expect(ix.size).toBe(2);
		expect(ix.alive).toEqual([0, 1]);
		expect(ix.slotOf.get('a')).toBe(1);
		ix.remove('a');
		expect(ix.alive).toEqual([0, 0]);
		expect(ix.dead).toBe(2);
	});

	it('finds terms by prefix in a sorted vocabulary, also after more are added', () => {
		const ix = new MemoryIndex();
		ix.put(row('a', { nameStems: 'ievarijum ievad kaz' }));
		expect(ix.termsStartingWith('n:ieva')).toEqual(['n:ievad', 'n:ievarijum']);
		ix.put(row('b', { nameStems: 'ievain' }));
		expect(ix.termsStartingWith('n:ieva')).toEqual(['n:ievad', 'n:ievain', 'n:ievarijum']);
	});

	it('keeps filters and opening hours per slot', () => {
		const ix = new MemoryIndex();
		ix.put(indexRow('a', { categoryIds: [3, 7], municipalityIds: [40], hours: ['Mo 09:00-18:00; Tu 09:00-18:00'] }));
		ix.put(indexRow('b', { hours: [] }));
		ix.put(row('c', { categoryIds: [3, 7], municipalityIds: [40] }));
		// results with the same list share it
		expect(ix.categories.size).toBe(2);
		expect(ix.categories.listOf).toEqual([0, 1, 0]);
		expect([...ix.categories.having([7])]).toEqual([1, 0]);
		expect([...ix.categories.having([2, 99])]).toEqual([0, 0]);
		expect(ix.municipalities.listOf).toEqual([0, 1, 0]);
		const perList = new Int32Array(ix.categories.size);
		for (const list of ix.categories.listOf) perList[list]++;
		const byCategory = new Int32Array(ix.idLimit);
		ix.categories.spread(perList, byCategory);
		expect([byCategory[3], byCategory[7]]).toEqual([2, 2]);
		const minute = (iso: string) => Math.floor(Date.parse(iso) / 60_000);
		expect([...ix.openAt(minute('2026-11-23T08:00:00Z'))]).toEqual([1, 0, 0]); // Monday 10:00 in Riga
		expect([...ix.openAt(minute('2026-11-24T09:20:00Z'))]).toEqual([1, 0, 0]);
		expect([...ix.openAt(minute('2026-11-23T16:20:00Z'))]).toEqual([0, 0, 0]); // 18:20
	});
});

describe('TopK', () => {
	const ix = new MemoryIndex();
	for (const [id, key] of [['a', 'kalns'], ['b', 'ábele'], ['c', 'bite'], ['d', 'zile']]) ix.put(row(id, { sortKey: key }));
	const offerAll = (top: TopK, items: [number, number, number][]) => {
		for (const [slot, score, dist] of items) top.offer(slot, score, dist);
		return top.slots();
	};

	it('keeps the best k by score, then distance (missing last), then name', () => {
		const top = new TopK(3, 'relevance', ix, null);
		expect(offerAll(top, [[0, 1, -1], [1, 2, 5], [2, 1, 3], [3, 2, 1]])).toEqual([3, 1, 2]);
	});

	it('sorts by distance first for distance, and by the name bytes for name', () => {
		expect(offerAll(new TopK(4, 'distance', ix, null), [[0, 1, -1], [1, 2, 5], [2, 1, 3], [3, 2, 5]])).toEqual([2, 3, 1, 0]);
		// byte order, as collate "C": "á" sorts after every ASCII letter
		expect(offerAll(new TopK(4, 'name', ix, null), [[0, 0, -1], [1, 0, -1], [2, 0, -1], [3, 0, -1]])).toEqual([2, 0, 3, 1]);
	});

	it('breaks equal scores and distances by the tie-break distance', () => {
		const tie = [9, 1, 5, 3];
		expect(offerAll(new TopK(2, 'relevance', ix, (slot) => tie[slot]), [[0, 1, -1], [1, 1, -1], [2, 1, -1], [3, 1, -1]])).toEqual([1, 3]);
	});
});

describe('namePrefix', () => {
	it('orders keys that differ in their first three units like the strings, and ties the rest', () => {
		const keys = ['', 'a', 'ab', 'abc', 'abd', 'abcz', 'b', 'z/s kalni', 'ā', 'ža', '\uffff'];
		for (const a of keys) {
			for (const b of keys) {
				const d = namePrefix(a) - namePrefix(b);
				if (a.slice(0, 3) === b.slice(0, 3)) expect(d).toBe(0);
				else expect(Math.sign(d)).toBe(a < b ? -1 : 1);
			}
		}
	});
});
