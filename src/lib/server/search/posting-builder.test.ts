import { describe, expect, it } from 'vitest';
import { MemoryIndex } from './memory-index';
import { indexRow } from './test-rows';

const rows = Array.from({ length: 300 }, (_, i) =>
	indexRow(`r${i}`, {
		nameStems: i % 3 ? 'med drav' : 'kaz sier',
		bodyStems: `vard${i % 7}`,
		productNameStems: i % 2 ? ['med', 'med'] : ['sier'],
		productCategoryIds: [i % 4],
		categoryIds: [i % 4, 9]
	})
);

const contents = (ix: MemoryIndex) =>
	Object.fromEntries([...ix.postings].map(([term, p]) => [term, { slots: [...p.slots.subarray(0, p.length)], counts: p.counts ? [...p.counts.subarray(0, p.length)] : null }]));

describe('a full load (startBulk … trim)', () => {
	it('gives the same postings as adding results one by one, every posting in one shared array of exactly their size', () => {
		const one = new MemoryIndex();
		for (const r of rows) one.put(r);
		const bulk = new MemoryIndex();
		bulk.startBulk();
		for (const r of rows) bulk.put(r);
		expect(bulk.postings.size).toBe(0); // not searchable before trim
		bulk.trim();
		expect(contents(bulk)).toEqual(contents(one));
		const buffers = new Set([...bulk.postings.values()].map((p) => p.slots.buffer));
		expect(buffers.size).toBe(1);
		const total = [...bulk.postings.values()].reduce((n, p) => n + p.length, 0);
		expect([...buffers][0].byteLength).toBe(total * 4);
		for (const p of bulk.postings.values()) expect(p.slots.length).toBe(p.length);
	});

	it('lets a later result grow a posting without touching its neighbours in the shared array', () => {
		const ix = new MemoryIndex();
		ix.startBulk();
		for (const r of rows.slice(0, 10)) ix.put(r);
		ix.trim();
		const before = contents(ix);
		ix.put(indexRow('new', { nameStems: 'med', productNameStems: ['med'], productCategoryIds: [1], categoryIds: [1] }));
		const after = contents(ix);
		expect(after['n:med'].slots).toEqual([...before['n:med'].slots, 10]);
		expect(after['p:med'].counts).toEqual([...before['p:med'].counts!, 1]);
		for (const term of Object.keys(before)) if (!['n:med', 'p:med', 'c:1'].includes(term)) expect(after[term]).toEqual(before[term]);
		expect(ix.termsStartingWith('n:m')).toEqual(['n:med']);
	});

	it('refuses to start over an index that already has postings', () => {
		const ix = new MemoryIndex();
		ix.put(rows[0]);
		expect(() => ix.startBulk()).toThrow();
	});
});
