import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, countDistinct, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { categories, producerCategories, producers, products, territories } from '$lib/server/db/schema';
import { toNumber, type Db } from '$lib/server/db/types';
import { openTestDb } from '$lib/server/db/test-db';
import { reindexProducer } from './indexer';
import { producerCounts } from './producer-counts';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

const published = eq(producers.status, 'published');

/** The definition in SQL: distinct published producers per category (its own links and its products'), a top level over its children. */
async function sqlByCategory(db: Db): Promise<Map<number, number>> {
	const union = db
		.select({ producerId: producerCategories.producerId, categoryId: producerCategories.categoryId })
		.from(producerCategories)
		// an uncategorised product (null) counts nowhere: the join with categories leaves it out
		.union(db.select({ producerId: products.producerId, categoryId: sql<number>`${products.categoryId}`.as('category_id') }).from(products))
		.as('pairs');
	const top = sql<number>`coalesce(${categories.parentId}, ${categories.id})`;
	const joined = (id: SQL<number> | typeof categories.id) =>
		db
			.select({ id, n: countDistinct(union.producerId) })
			.from(union)
			.innerJoin(producers, and(eq(producers.id, union.producerId), published))
			.innerJoin(categories, eq(categories.id, union.categoryId));
	const rows = [...(await joined(top).groupBy(top)), ...(await joined(categories.id).where(isNotNull(categories.parentId)).groupBy(categories.id))];
	return new Map(rows.map((r) => [toNumber(r.id), toNumber(r.n)]));
}

async function sqlByRegion(db: Db): Promise<Map<number, number>> {
	const rows = await db
		.select({ id: territories.parentId, n: count() })
		.from(producers)
		.innerJoin(territories, eq(territories.id, producers.municipalityId))
		.where(and(published, isNotNull(territories.parentId)))
		.groupBy(territories.parentId);
	return new Map(rows.map((r) => [toNumber(r.id), toNumber(r.n)]));
}

async function sqlByMunicipality(db: Db): Promise<Map<number, number>> {
	const rows = await db.select({ id: producers.municipalityId, n: count() }).from(producers).where(published).groupBy(producers.municipalityId);
	return new Map(rows.map((r) => [r.id, toNumber(r.n)]));
}

const sorted = (m: Map<number, number>) => [...m].sort((a, b) => a[0] - b[0]);

describe('published producers per category, region and municipality, from the memory index', () => {
	it('are the numbers SQL counts, and follow an unpublished producer', async () => {
		const before = await producerCounts(h.db);
		expect(before.byCategory.size).toBeGreaterThan(5);
		expect(sorted(before.byCategory)).toEqual(sorted(await sqlByCategory(h.db)));
		expect(sorted(before.byRegion)).toEqual(sorted(await sqlByRegion(h.db)));
		expect(sorted(before.byMunicipality)).toEqual(sorted(await sqlByMunicipality(h.db)));

		const [p] = await h.db.select({ id: producers.id }).from(producers).where(and(published, eq(producers.slug, 'karotnieks')));
		await h.db.update(producers).set({ status: 'archived' }).where(eq(producers.id, p.id));
		await reindexProducer(h.db, p.id);
		const after = await producerCounts(h.db);
		expect(sorted(after.byCategory)).toEqual(sorted(await sqlByCategory(h.db)));
		expect(sorted(after.byRegion)).toEqual(sorted(await sqlByRegion(h.db)));
		expect(sorted(after.byMunicipality)).toEqual(sorted(await sqlByMunicipality(h.db)));
		expect([...after.byRegion.values()].reduce((a, b) => a + b)).toBe([...before.byRegion.values()].reduce((a, b) => a + b) - 1);
	});
});
