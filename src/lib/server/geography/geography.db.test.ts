import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '$lib/server/db/test-db';
import { searchPort } from '$lib/server/search';
import type { DbHandle } from '$lib/server/db/client';
import { addOrganisation, addPlace, addProducer, addSalesPoint, territoryId } from './test-fixtures';
import { municipalityIndex, municipalityPage, regionPage } from './queries';
import { findTerritoryBySlugOfKinds } from './territories-repository';
import { MUNICIPAL_KINDS } from './municipal-kinds';
import { resolveMunicipalitySlug } from './territory-pages';

let handle: DbHandle;

beforeAll(async () => {
	handle = await openTestDb();
	const db = handle.db;
	// 26 published producers in Jelgavas novads: two pages of 24.
	for (let i = 0; i < 25; i++) {
		await addProducer(db, { slug: `t-j-${i}`, name: `Jelgavnieks ${String(i).padStart(2, '0')}`, municipality: 'jelgavas-novads', locality: 'ozolnieku-pagasts' });
	}
	// Hides its parish: must not be counted under Ozolnieku pagasts.
	await addProducer(db, { slug: 't-j-hidden', name: 'Ābeļdārzs', municipality: 'jelgavas-novads', locality: 'ozolnieku-pagasts', precision: 'municipality' });
	await addProducer(db, { slug: 't-j-draft', name: 'Melnraksts', municipality: 'jelgavas-novads', status: 'draft' });
	await addProducer(db, { slug: 't-b-1', name: 'Bauskas medus', municipality: 'bauskas-novads' });
	await addProducer(db, { slug: 't-r-1', name: 'Rīgas maiznīca', municipality: 'riga' });
	await addSalesPoint(db, { slug: 't-sp-exact', name: 'Ozolnieku tirgus', municipality: 'jelgavas-novads', address: 'Tirgus 1', lat: 56.69, lng: 23.78 });
	await addSalesPoint(db, {
		slug: 't-sp-farm',
		name: 'Sēta',
		kind: 'farm_gate',
		municipality: 'jelgavas-novads',
		locality: 'ozolnieku-pagasts',
		precision: 'locality',
		address: 'Slepenā iela 9',
		lat: 56.6999999,
		lng: 23.7999999
	});
	await addOrganisation(db, { slug: 't-o-local', name: 'Lauku partnerība "Lielupe"', municipality: 'jelgavas-novads', covers: [await territoryId(db, 'municipality', 'jelgavas-novads')] });
	await addOrganisation(db, { slug: 't-o-region', name: 'Zemgales biedrība', kind: 'association', municipality: 'jelgava', covers: [await territoryId(db, 'planning_region', 'zemgale')] });
	await addOrganisation(db, { slug: 't-o-country', name: 'Latvijas biedrība', kind: 'association', municipality: 'riga', covers: [await territoryId(db, 'country', 'latvija')] });
	await addOrganisation(db, { slug: 't-o-other', name: 'Vidzemes biedrība', kind: 'association', municipality: 'cesu-novads', covers: [await territoryId(db, 'planning_region', 'vidzeme')] });
	await addPlace(db, { slug: 't-p-1', name: 'Kopstrāde Ozolniekos', municipality: 'jelgavas-novads', amenities: ['wifi'] });
	// what the app's flows do after writing listings: the counts per municipality read the search index
	await searchPort().reindexAll(db);
});

afterAll(async () => {
	await handle?.close();
});

async function jelgavasNovads(page = 1) {
	const result = await municipalityPage(handle.db, 'jelgavas-novads', 'lv', { page });
	if (result?.kind !== 'page') throw new Error('expected a page');
	return result.data;
}

describe('municipality index', () => {
	it('groups all 42 municipalities by the 5 planning regions in Latvian order, with producer counts', async () => {
		const { regions, total } = await municipalityIndex(handle.db, 'lv');
		expect(total).toBe(42);
		expect(regions.map((r) => r.slug)).toEqual(['riga', 'vidzeme', 'kurzeme', 'zemgale', 'latgale']);
		const riga = regions[0].municipalities.map((m) => m.name);
		expect(riga.indexOf('Ķekavas novads')).toBeGreaterThan(riga.indexOf('Jūrmala'));
		expect(riga.indexOf('Ķekavas novads')).toBeLessThan(riga.indexOf('Mārupes novads'));
		expect(riga.indexOf('Ādažu novads')).toBe(0);
		const kurzeme = regions[2].municipalities.map((m) => m.name);
		expect(kurzeme.indexOf('Kuldīgas novads')).toBeLessThan(kurzeme.indexOf('Liepāja'));
		const zemgale = regions[3].municipalities;
		expect(zemgale.map((m) => m.name)[0]).toBe('Aizkraukles novads');
		expect(zemgale.find((m) => m.slug === 'jelgavas-novads')?.producers).toBe(26);
		expect(zemgale.find((m) => m.slug === 'bauskas-novads')?.producers).toBe(1);
		expect(zemgale.find((m) => m.slug === 'dobeles-novads')?.producers).toBe(0);
	});
});

describe('municipality page data', () => {
	it('counts published producers and pages them 24 at a time in Latvian order', async () => {
		const first = await jelgavasNovads();
		expect(first.producersWindow).toMatchObject({ total: 26, pages: 2, page: 1, perPage: 24 });
		expect(first.producers).toHaveLength(24);
		expect(first.producers[0].name).toBe('Ābeļdārzs');
		const second = await jelgavasNovads(2);
		expect(second.producers.map((p) => p.slug)).toEqual(['t-j-23', 't-j-24']);
		expect((await jelgavasNovads(500)).producersWindow.page).toBe(2);
	});

	it('names its region, sales points, places and the organisations that cover it, also through the region and country', async () => {
		const page = await jelgavasNovads();
		expect(page.municipality).toMatchObject({ name: 'Jelgavas novads', subkind: 'novads' });
		expect(page.region).toEqual({ slug: 'zemgale', name: 'Zemgales plānošanas reģions' });
		expect(page.salesPoints.total).toBe(2);
		expect(page.places.items.map((p) => p.slug)).toEqual(['t-p-1']);
		expect(page.organisations.map((o) => [o.slug, o.scope])).toEqual([
			['t-o-country', 'country'],
			['t-o-local', 'local'],
			['t-o-region', 'region']
		]);
	});

	it('reduces sales point locations to their public precision', async () => {
		const page = await jelgavasNovads();
		const farm = page.salesPoints.items.find((s) => s.slug === 't-sp-farm');
		expect(farm?.location).toMatchObject({ precision: 'locality', address: null });
		expect(JSON.stringify(page)).not.toContain('Slepenā');
		expect(JSON.stringify(page)).not.toContain('56.6999999');
	});

	it('lists towns and parishes with producer counts, leaving out producers who hide their locality', async () => {
		const page = await jelgavasNovads();
		expect(page.parishes.find((p) => p.slug === 'ozolnieku-pagasts')?.producers).toBe(25);
		const names = page.parishes.map((p) => p.name);
		expect([...names].sort(new Intl.Collator('lv').compare)).toEqual(names);
	});

	it('lists the pre-2021 novadi that became part of it', async () => {
		const page = await jelgavasNovads();
		expect(page.historicalNames).toContain('Ozolnieku novads');
	});
});

describe('historical municipality slugs', () => {
	it('resolve to the current municipality for a permanent redirect', async () => {
		expect(await municipalityPage(handle.db, 'ozolnieku-novads', 'lv', { page: 1 })).toEqual({ kind: 'redirect', slug: 'jelgavas-novads' });
		expect(await municipalityPage(handle.db, 'varaklanu-novads', 'en', { page: 1 })).toEqual({ kind: 'redirect', slug: 'madonas-novads' });
	});
	it('prefer a current municipality of the same name', async () => {
		expect((await municipalityPage(handle.db, 'aizkraukles-novads', 'lv', { page: 1 }))?.kind).toBe('page');
	});
	it('are null when unknown', async () => {
		expect(await municipalityPage(handle.db, 'atlantidas-novads', 'lv', { page: 1 })).toBeNull();
		expect(await municipalityPage(handle.db, 'zemgale', 'lv', { page: 1 })).toBeNull();
	});
	it('find a raion, a municipiu or the autonomy with one query, never a locality of the same slug', async () => {
		const kinds = ['md_district', 'md_municipality', 'md_autonomy'];
		for (const slug of ['soroca-rajons', 'balti', 'gagauzija']) {
			const resolved = await resolveMunicipalitySlug(handle.db, slug);
			expect(kinds).toContain(resolved?.kind === 'current' ? resolved.territory.kind : null);
		}
		expect(await findTerritoryBySlugOfKinds(handle.db, ['municipality'], 'balti')).toBeUndefined();
		expect(await findTerritoryBySlugOfKinds(handle.db, MUNICIPAL_KINDS, 'ozolnieku-pagasts')).toBeUndefined();
	});
});

describe('region page data', () => {
	it('aggregates its municipalities, producers, sales points, organisations and places', async () => {
		const page = await regionPage(handle.db, 'zemgale', 'lv', { page: 1 });
		expect(page?.region.name).toBe('Zemgales plānošanas reģions');
		expect(page?.municipalities.map((m) => m.name)[0]).toBe('Aizkraukles novads');
		expect(page?.municipalities).toHaveLength(6);
		expect(page?.producersWindow).toMatchObject({ total: 27, pages: 2 });
		expect(page?.salesPoints.total).toBe(2);
		expect(page?.places.total).toBe(1);
		expect(page?.organisations.map((o) => o.slug).sort()).toEqual(['t-o-local', 't-o-region']);
	});
	it('is null for an unknown region', async () => {
		expect(await regionPage(handle.db, 'atlantida', 'lv', { page: 1 })).toBeNull();
	});
});
