import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { openTestDb } from '../db/test-db';
import {
	organisationProducers,
	organisations,
	organisationTerritories,
	places,
	producerSalesPoints,
	producers,
	products,
	salesPoints,
	territories
} from '../db/schema';
import { toNumber, type Db } from '../db/types';
import { SEED_INPUT, seedDemo, type SeedSummary } from './index';

let handle: DbHandle;
let db: Db;
let summary: SeedSummary;

beforeAll(async () => {
	handle = await openTestDb();
	db = handle.db;
	summary = await seedDemo(db);
});

afterAll(async () => {
	await handle?.close();
});

const countOf = async (query: Promise<{ n: unknown }[]>) => toNumber((await query)[0]?.n);

describe('seedDemo', () => {
	it('inserts at least 150 producers, 600 products and 40 sales points', async () => {
		expect(summary.producers).toBeGreaterThanOrEqual(150);
		expect(summary.products).toBeGreaterThanOrEqual(600);
		expect(summary.salesPoints).toBeGreaterThanOrEqual(40);
		expect(await countOf(db.select({ n: count() }).from(producers))).toBe(summary.producers);
		expect(await countOf(db.select({ n: count() }).from(products))).toBe(summary.products);
		expect(await countOf(db.select({ n: count() }).from(salesPoints))).toBe(summary.salesPoints);
	});

	it('spreads producers over at least 30 municipalities and all 5 planning regions', async () => {
		const rows = await db
			.selectDistinct({ municipality: producers.municipalityId, region: territories.parentId })
			.from(producers)
			.innerJoin(territories, eq(territories.id, producers.municipalityId))
			.where(and(eq(producers.isDemo, true), eq(territories.countryCode, 'LV')));
		expect(new Set(rows.map((r) => r.municipality)).size).toBeGreaterThanOrEqual(30);
		// Latvia's; Moldova's development regions and demo producers are tested in moldova.db.test.ts
		const regions = await db.select({ id: territories.id }).from(territories).where(and(eq(territories.kind, 'planning_region'), eq(territories.countryCode, 'LV')));
		expect(regions).toHaveLength(5);
		expect(new Set(rows.map((r) => r.region))).toEqual(new Set(regions.map((r) => r.id)));
	});

	it('uses every producer kind and keeps a few producers unpublished', async () => {
		const kinds = await db.selectDistinct({ kind: producers.kind }).from(producers);
		expect(kinds.map((k) => k.kind).sort()).toEqual(['craftsman', 'farm', 'home_producer', 'small_producer', 'social_enterprise']);
		const unpublished = await db.select({ slug: producers.slug, status: producers.status }).from(producers).where(sql`${producers.status} <> 'published'`);
		expect(unpublished.map((p) => p.status).sort()).toEqual(['draft', 'pending']);
		expect((await db.select().from(producers).where(and(eq(producers.status, 'published'), sql`${producers.publishedAt} is null`))).length).toBe(0);
	});

	it('gives every published producer a product and a sales point', async () => {
		const withoutProducts = await db
			.select({ slug: producers.slug })
			.from(producers)
			.where(and(eq(producers.status, 'published'), sql`not exists (select 1 from ${products} where ${products.producerId} = ${producers.id})`));
		expect(withoutProducts).toEqual([]);
		const withoutSalesPoints = await db
			.select({ slug: producers.slug })
			.from(producers)
			.where(and(eq(producers.status, 'published'), sql`not exists (select 1 from ${producerSalesPoints} where ${producerSalesPoints.producerId} = ${producers.id})`));
		expect(withoutSalesPoints).toEqual([]);
	});

	it('has a sales point of every kind', async () => {
		const kinds = await db.selectDistinct({ kind: salesPoints.kind }).from(salesPoints);
		expect(kinds.map((k) => k.kind).sort()).toEqual(['e_shop', 'fair', 'farm_gate', 'market', 'producers_shop', 'shop']);
	});

	it('loads the real organisations with the Lielupe office hours', async () => {
		const real = await db.select().from(organisations).where(eq(organisations.isDemo, false)).orderBy(asc(organisations.slug));
		expect(real.map((o) => o.slug)).toEqual(
			expect.arrayContaining(['lauku-partneriba-lielupe', 'pierigas-partneriba', 'latvijas-lauku-forums', 'patverums-drosa-maja'])
		);
		expect(real.every((o) => o.status === 'published' && o.phone === null && o.email === null)).toBe(true);
		const lielupe = real.find((o) => o.slug === 'lauku-partneriba-lielupe')!;
		expect(lielupe.kind).toBe('lag');
		expect(lielupe.address).toBe('Lielā iela 5/7, 6. stāvs, Jelgava');
		// P., T. 9:00–12:00; O., C. 15:00–17:00, as the association publishes them
		expect(lielupe.officeHours).toBe('Mo,We 09:00-12:00; Tu,Th 15:00-17:00');
		const lielupeTerritories = await db
			.select({ name: territories.name })
			.from(organisationTerritories)
			.innerJoin(territories, eq(territories.id, organisationTerritories.territoryId))
			.where(eq(organisationTerritories.organisationId, lielupe.id));
		expect(lielupeTerritories.map((t) => t.name.lv)).toEqual(['Jelgavas novads']);
		const forum = real.find((o) => o.slug === 'latvijas-lauku-forums')!;
		expect(await countOf(db.select({ n: count() }).from(organisationTerritories).where(eq(organisationTerritories.organisationId, forum.id)))).toBe(5);
		// the anchor in Ozolnieku pagasts is supported by Lielupe
		const [ozolkalns] = await db.select({ id: producers.id }).from(producers).where(eq(producers.slug, 'ozolkalna-kazas'));
		const link = await db
			.select()
			.from(organisationProducers)
			.where(and(eq(organisationProducers.organisationId, lielupe.id), eq(organisationProducers.producerId, ozolkalns.id)));
		expect(link).toHaveLength(1);
		expect((await db.select().from(places).where(eq(places.isDemo, false))).length).toBeGreaterThanOrEqual(5);
	});

	it('has the anchor producers the browser tests rely on', async () => {
		const bySlug = async (slug: string) => (await db.select().from(producers).where(eq(producers.slug, slug)))[0];
		const farm = await bySlug('kalnmuizas');
		expect(farm).toMatchObject({ kind: 'farm', locationPrecision: 'exact', status: 'published' });
		expect(farm.lat).not.toBeNull();
		expect(farm.description.en).toBeTruthy();
		const [farmShop] = await db.select().from(salesPoints).where(eq(salesPoints.slug, 'kalnmuizas-saimniecibas-veikals'));
		expect(farmShop.openingHours).toBe('Mo-Fr 09:00-18:00; Sa 09:00-14:00');
		expect(await bySlug('vecmaminas-ievarijumi')).toMatchObject({ locationPrecision: 'municipality', address: 'Ābeļu iela 12, Ulbroka, Ropažu novads' });
		expect((await bySlug('vecmaminas-ievarijumi')).description).toEqual({ lv: expect.any(String) });
		expect(await bySlug('rukisu-maiznica')).toMatchObject({ status: 'pending', publishedAt: null });
		const unpriced = await db.select({ price: products.priceCents }).from(products).innerJoin(producers, eq(producers.id, products.producerId)).where(eq(producers.slug, 'kaleja-darbnica-zvirgzdi'));
		expect(unpriced.length).toBeGreaterThan(0);
		expect(unpriced.every((p) => p.price === null)).toBe(true);
		// Latvian order by the stored key: Ā after every A, Ž last
		const ordered = await db
			.select({ name: producers.name })
			.from(producers)
			.where(eq(producers.status, 'published'))
			.orderBy(sql`${producers.sortKey} collate "C"`);
		const names = ordered.map((p) => p.name);
		const firstA = names.findIndex((n) => n.startsWith('Ā'));
		expect(names[firstA]).toBe('Āboliņu dārzs');
		expect(names.slice(firstA + 1).some((n) => n.startsWith('A'))).toBe(false);
		expect(names.at(-1)).toBe('Žubītes keramika');
	});

	it('is deterministic and re-runnable: a second run gives the same rows', async () => {
		const snapshot = async () =>
			db.select({ id: producers.id, slug: producers.slug, createdAt: producers.createdAt, lat: producers.lat }).from(producers).orderBy(asc(producers.slug));
		const before = await snapshot();
		const again = await seedDemo(db);
		expect(again).toEqual(summary);
		expect(await snapshot()).toEqual(before);
		expect(await countOf(db.select({ n: count() }).from(products))).toBe(summary.products);
		expect(await countOf(db.select({ n: count() }).from(organisations))).toBe(summary.organisations);
	});

	it('throws, naming it, when a territory name is unknown – and changes nothing', async () => {
		const broken = { ...SEED_INPUT, producers: [{ ...SEED_INPUT.producers[0], loc: 'Atlantīdas pagasts' }] };
		await expect(seedDemo(db, broken)).rejects.toThrow(/Atlantīdas pagasts/);
		expect(await countOf(db.select({ n: count() }).from(producers))).toBe(summary.producers);
	});
});
