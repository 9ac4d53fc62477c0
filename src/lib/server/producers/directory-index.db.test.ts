import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { producers } from '$lib/server/db/schema';
import { openTestDb } from '$lib/server/db/test-db';
import { resolveFilter } from '$lib/server/map/queries';
import { searchPort } from '$lib/server/search';
import { countProducers, listProducers } from './directory-index';
import { readDirectoryQuery } from './domain';
import { countDirectory, listDirectory } from './producers-repository';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

const FILTERS = ['', 'category=medus', 'category=partika', 'region=latgale', 'municipality=siguldas-novads', 'kind=craftsman', 'label=biologisks', 'category=medus&region=vidzeme', 'kind=farm&category=partika'];
const filterOf = async (query: string) => (await resolveFilter(h.db, readDirectoryQuery(new URLSearchParams(query)))).filter;
const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);

describe('the directory from the memory index', () => {
	it('counts and pages exactly as the SQL definition, for every filter and page', async () => {
		for (const query of FILTERS) {
			const filter = await filterOf(query);
			const total = await countDirectory(h.db, filter);
			expect(await countProducers(h.db, filter), query).toBe(total);
			for (const [limit, offset] of [[24, 0], [5, 3], [24, 24], [10, Math.max(0, total - 4)], [10, total + 10]]) {
				expect(slugs(await listProducers(h.db, filter, 'name', limit, offset)), `${query} ${offset}+${limit}`).toEqual(slugs(await listDirectory(h.db, filter, 'name', limit, offset)));
			}
		}
	});

	it('follows a rename into its place in the name order, and an unpublished producer out', async () => {
		const all = await filterOf('');
		const [first] = await listProducers(h.db, all, 'name', 1, 0);
		await h.db.update(producers).set({ name: 'Žžž pēdējais', sortKey: '\u{10FFFF}' }).where(eq(producers.id, first.id));
		await searchPort().reindex(h.db, { producerIds: [first.id] });
		const total = await countProducers(h.db, all);
		expect(slugs(await listProducers(h.db, all, 'name', 1, total - 1))).toEqual([first.slug]);
		expect(slugs(await listProducers(h.db, all, 'name', 30, 0))).toEqual(slugs(await listDirectory(h.db, all, 'name', 30, 0)));
		await h.db.update(producers).set({ status: 'archived' }).where(eq(producers.id, first.id));
		await searchPort().reindex(h.db, { producerIds: [first.id] });
		expect(await countProducers(h.db, all)).toBe(total - 1);
		expect(await countProducers(h.db, all)).toBe(await countDirectory(h.db, all));
	});
});
