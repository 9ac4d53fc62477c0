import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDb } from '$lib/server/db/test-db';
import { apiSearch, parseSearchRequest } from './search';
import { searchBody } from './serializer-search';

/** /api/v1/search pages like every other list (issue 12, item 9): per_page and pages are honoured with or without a type. */
let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

async function get(qs: string) {
	const url = new URL(`http://localhost/api/v1/search?${qs}`);
	const parsed = parseSearchRequest(url.searchParams);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	const result = await apiSearch(h.db, parsed.api, parsed.params);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return searchBody(result.value, url, { origin: 'http://localhost', lang: parsed.api.lang });
}

describe('API search paging', () => {
	it('per_page=3 without a type gives 3 items and the right number of pages', async () => {
		const body = await get('q=medus&per_page=3');
		expect(body.data).toHaveLength(3);
		expect(body.meta.total).toBeGreaterThan(3);
		expect(body.meta.pages).toBe(Math.ceil(body.meta.total / 3));
		expect(body.links.next).toContain('page=2');
	});

	it('walking the pages without a type lists every match once, types mixed in rank order', async () => {
		const first = await get('q=medus&per_page=100');
		const ids: string[] = [];
		for (let page = 1; page <= Math.ceil(first.meta.total / 7); page++) {
			const body = await get(`q=medus&per_page=7&page=${page}`);
			expect(body.meta.page).toBe(page);
			ids.push(...body.data.map((x) => `${x.type}:${x.id}`));
		}
		expect(ids).toHaveLength(first.meta.total);
		expect(new Set(ids).size).toBe(first.meta.total);
		expect(new Set(ids.map((x) => x.split(':')[0])).size).toBeGreaterThan(1);
		// one ranking: scores never rise down the list
		const scores = first.data.map((x) => x.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		expect(first.data.map((x) => `${x.type}:${x.id}`)).toEqual(ids.slice(0, first.data.length));
	});

	it('a page past the end is empty, with or without a type', async () => {
		for (const qs of ['q=medus&per_page=5&page=99', 'q=medus&type=producer&per_page=5&page=99']) {
			const body = await get(qs);
			expect(body.data, qs).toEqual([]);
			expect(body.links.next, qs).toBeNull();
		}
	});

	it('one type: per_page larger than the page of the search page still gives per_page items', async () => {
		const body = await get('q=medus&type=producer&per_page=30');
		expect(body.data.length).toBe(Math.min(30, body.meta.total));
		expect(body.data.every((x) => x.type === 'producer')).toBe(true);
		expect(body.meta.pages).toBe(Math.ceil(body.meta.total / 30));
	});

	it('a page of 24 is whole: every hit past the first eight (read in later parts) has its listing and its matching products', async () => {
		const body = await get('q=medus&per_page=24');
		expect(body.meta.total).toBeGreaterThan(8);
		expect(body.data).toHaveLength(Math.min(24, body.meta.total));
		for (const hit of body.data) {
			expect(hit.slug, hit.id).toBeTruthy();
			expect(hit.location.municipality, hit.id).toBeTruthy();
		}
		// producers found by a honey product list it under their name, from the product's own row
		const listed = body.data.filter((x) => x.type === 'producer' && x.products.some((name) => /medus/i.test(name)));
		expect(listed.length).toBeGreaterThan(0);
		expect(body.data.slice(8).some((x) => x.products.length > 0)).toBe(true);
	});
});
