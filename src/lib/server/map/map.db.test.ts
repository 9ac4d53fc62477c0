import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { producers, territories } from '$lib/server/db/schema';
import { openTestDb } from '$lib/server/db/test-db';
import { latvianSortKey } from '$lib/text/collation';
import { countDirectory } from '$lib/server/producers/producers-repository';
import { readDirectoryQuery } from '$lib/server/producers/domain';
import { cellOf, cellsPerWorld, inBbox, MAX_MARKERS, type Bbox } from './grid';
import { searchPort } from '$lib/server/search';
import { listPlacementsForTest, type PlacedRow } from './map-repository';
import { readMapRequest } from './params';
import { publicPoint } from './public-point';
import { LIST_SIZE, mapData, mapPage, placedExtent, resolveFilter } from './queries';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

const LATVIA: Bbox = { west: 20.5, south: 55.5, east: 28.5, north: 58.2 };
const WORLD: Bbox = { west: -180, south: -85, east: 180, north: 85 };
/** Latvia and Moldova (the Northern region's demo producers, issue 19): every demo producer. */
const LATVIA_MOLDOVA: Bbox = { west: 20.5, south: 45.4, east: 30.3, north: 58.2 };
const FILTERS = ['', 'category=medus', 'category=partika', 'region=latgale', 'municipality=siguldas-novads', 'kind=craftsman', 'label=biologisks', 'category=medus&region=vidzeme'];

const bboxParam = (b: Bbox) => `${b.west},${b.south},${b.east},${b.north}`;
async function data(query: string, bbox: Bbox, zoom: number, locale = 'lv') {
	const parsed = readMapRequest(new URLSearchParams(`bbox=${bboxParam(bbox)}&zoom=${zoom}${query ? `&${query}` : ''}`));
	if (!parsed.ok) throw new Error(parsed.problem.detail);
	return mapData(h.db, parsed.request, locale);
}
async function filterOf(query: string) {
	return (await resolveFilter(h.db, readDirectoryQuery(new URLSearchParams(query)))).filter;
}
async function placements(query = ''): Promise<PlacedRow[]> {
	return listPlacementsForTest(h.db, await filterOf(query), cellsPerWorld(10));
}
const twin = (r: PlacedRow) =>
	publicPoint({
		precision: r.precision,
		lat: r.ownLat,
		lng: r.ownLng,
		localityLat: r.localityLat,
		localityLng: r.localityLng,
		municipalityLat: r.municipalityLat,
		municipalityLng: r.municipalityLng
	});

describe('cluster counts', () => {
	it('sum to the filtered directory total at every zoom, for every filter', async () => {
		for (const query of FILTERS) {
			const expected = await countDirectory(h.db, await filterOf(query));
			expect(expected, query).toBeGreaterThan(0);
			for (const zoom of [3, 7, 10, 13, 18]) {
				const d = await data(query, zoom < 7 ? WORLD : LATVIA_MOLDOVA, zoom);
				const sum = d.clusters.reduce((n, c) => n + c.count, 0) + d.points.length;
				expect(sum, `${query} @${zoom}`).toBe(expected);
				expect(d.total, `${query} @${zoom}`).toBe(expected);
				expect(d.clusters.length + d.points.length).toBeLessThanOrEqual(MAX_MARKERS);
			}
		}
	});
	it('cluster more at low zoom and split up when zooming in', async () => {
		const far = await data('', LATVIA, 6);
		const near = await data('', LATVIA, 12);
		expect(far.clusters.length + far.points.length).toBeLessThan(near.clusters.length + near.points.length);
		expect(far.clusters.length).toBeGreaterThan(0);
		expect(Math.max(...far.clusters.map((c) => c.count))).toBeGreaterThan(Math.max(...near.clusters.map((c) => c.count), 1));
	});
	it('have a bbox holding their mean point, and single points carry slug and name', async () => {
		const d = await data('', LATVIA, 8);
		for (const c of d.clusters) {
			const [w, s, e, n] = c.bbox;
			expect(c.count).toBeGreaterThan(1);
			expect(c.lat).toBeGreaterThanOrEqual(s - 1e-6);
			expect(c.lat).toBeLessThanOrEqual(n + 1e-6);
			expect(c.lng).toBeGreaterThanOrEqual(w - 1e-6);
			expect(c.lng).toBeLessThanOrEqual(e + 1e-6);
		}
		const published = new Map((await placements()).map((p) => [p.slug, p]));
		for (const p of d.points) {
			expect(published.get(p.slug)?.lat).toBeCloseTo(p.lat, 5);
			expect(p.name).toBeTruthy();
		}
	});
	it('never exceed MAX_MARKERS, whatever the zoom and the bbox', async () => {
		for (const zoom of [0, 10, 20]) {
			const d = await data('', WORLD, zoom);
			expect(d.clusters.length + d.points.length).toBeLessThanOrEqual(MAX_MARKERS);
			expect(d.grid.level).toBeLessThanOrEqual(zoom);
		}
	});
	it('agree with the SQL public point: the map groups every producer in the cell cellOf() computes from it', async () => {
		const filter = await filterOf('');
		for (const level of [4, 8, 12, 16]) {
			const cells = cellsPerWorld(level);
			const rows = await listPlacementsForTest(h.db, filter, cells);
			for (const r of rows) {
				const point = twin(r)!;
				expect({ slug: r.slug, x: r.cellX, y: r.cellY }).toEqual({ slug: r.slug, ...cellOf(point.lat, point.lng, cells) });
			}
			// and the grouped counts equal a TypeScript GROUP BY of those cells
			const byCell = new Map<string, number>();
			for (const r of rows) byCell.set(`${r.cellX}:${r.cellY}`, (byCell.get(`${r.cellX}:${r.cellY}`) ?? 0) + 1);
			const grouped = (await searchPort().mapView(h.db, filter, WORLD, cells, 100_000, 0)).cells;
			expect(new Map(grouped.map((g) => [`${g.x}:${g.y}`, g.count]))).toEqual(byCell);
		}
	});
});

describe('public points', () => {
	it('SQL computes exactly what publicPoint() (and so publicLocation()) computes, for every producer', async () => {
		const rows = await placements();
		expect(rows.length).toBeGreaterThan(150);
		for (const r of rows) expect({ slug: r.slug, lat: r.lat, lng: r.lng }).toEqual({ slug: r.slug, ...(twin(r) ?? { lat: null, lng: null }) });
		// the stored point the map reads is the same
		for (const r of rows) expect({ slug: r.slug, lat: r.storedLat, lng: r.storedLng }).toEqual({ slug: r.slug, ...(twin(r) ?? { lat: null, lng: null }) });
	});
	it('keeps the stored point in step when a location or a territory centre changes', async () => {
		const slug = 'vecmaminas-ievarijumi';
		const stored = async () => (await placements()).find((r) => r.slug === slug)!;
		const before = await stored();
		await h.db.update(producers).set({ locationPrecision: 'exact' }).where(eq(producers.slug, slug));
		const exact = await stored();
		expect({ lat: exact.storedLat, lng: exact.storedLng }).toEqual({ lat: exact.ownLat, lng: exact.ownLng });
		await h.db.update(producers).set({ locationPrecision: 'municipality' }).where(eq(producers.slug, slug));
		expect({ lat: (await stored()).storedLat, lng: (await stored()).storedLng }).toEqual({ lat: before.storedLat, lng: before.storedLng });
		const [ropazi] = await h.db.select({ id: territories.id, lat: territories.lat, lng: territories.lng }).from(territories).where(eq(territories.slug, 'ropazu-novads'));
		await h.db.update(territories).set({ lat: 57.0, lng: 24.7 }).where(eq(territories.id, ropazi.id));
		expect({ lat: (await stored()).storedLat, lng: (await stored()).storedLng }).toEqual({ lat: 57.0, lng: 24.7 });
		await h.db.update(territories).set({ lat: ropazi.lat, lng: ropazi.lng }).where(eq(territories.id, ropazi.id));
		expect((await stored()).storedLat).toBe(before.storedLat);
	});
	it('places the municipality-precision producer vecmaminas-ievarijumi at the Ropažu novads centre, never at its house', async () => {
		const [stored] = await h.db
			.select({ lat: producers.lat, lng: producers.lng, address: producers.address })
			.from(producers)
			.where(eq(producers.slug, 'vecmaminas-ievarijumi'));
		const [ropazi] = await h.db
			.select({ lat: territories.lat, lng: territories.lng })
			.from(territories)
			.where(and(eq(territories.kind, 'municipality'), eq(territories.slug, 'ropazu-novads')));
		expect(stored.lat).not.toBeNull();
		expect(ropazi.lat).not.toBeNull();
		expect(Math.abs(stored.lat! - ropazi.lat!) + Math.abs(stored.lng! - ropazi.lng!)).toBeGreaterThan(0.001);

		const row = (await placements()).find((r) => r.slug === 'vecmaminas-ievarijumi')!;
		expect({ lat: row.lat, lng: row.lng }).toEqual({ lat: ropazi.lat, lng: ropazi.lng });

		// a small view around the municipality centre lists it; one around its house does not
		const around = (lat: number, lng: number): Bbox => ({ west: lng - 0.0005, south: lat - 0.0005, east: lng + 0.0005, north: lat + 0.0005 });
		const atCentre = await data('', around(ropazi.lat!, ropazi.lng!), 18);
		expect(atCentre.list.map((c) => c.slug)).toContain('vecmaminas-ievarijumi');
		const atHouse = await data('', around(stored.lat!, stored.lng!), 18);
		expect(atHouse.list.map((c) => c.slug)).not.toContain('vecmaminas-ievarijumi');
		expect(atHouse.points.map((p) => p.slug)).not.toContain('vecmaminas-ievarijumi');

		// nothing the map sends contains the stored coordinates, address or locality
		for (const d of [atCentre, await data('', LATVIA, 18), await data('municipality=ropazu-novads', LATVIA, 18)]) {
			const body = JSON.stringify(d);
			expect(body).not.toContain(String(stored.lat));
			expect(body).not.toContain(String(stored.lng));
			expect(body).not.toContain('Ābeļu');
			const card = d.list.find((c) => c.slug === 'vecmaminas-ievarijumi');
			if (card) expect(card).toMatchObject({ municipality: 'Ropažu novads', locality: null });
		}
	});
});

const VIEWS: Bbox[] = [
	{ west: 23.5, south: 56.7, east: 24.6, north: 57.2 }, // Rīga and around
	{ west: 24.6, south: 56.9, east: 25.2, north: 57.3 }, // Sigulda
	{ west: 26.0, south: 55.6, east: 27.0, north: 56.2 }, // Daugavpils
	{ west: 10, south: 40, east: 11, north: 41 } // nowhere
];

/** Total, list and markers of a view are exactly what the TypeScript twin puts in it. */
async function expectViewMatchesTwin(view: Bbox): Promise<string[]> {
	const rows = await placements();
	const expected = rows.filter((r) => r.lat !== null && r.lng !== null && inBbox(r.lat, r.lng, view));
	for (const r of expected) expect(twin(r)).toEqual({ lat: r.lat, lng: r.lng });
	const d = await data('', view, 11);
	expect(d.total).toBe(expected.length);
	const key = (slug: string) => Buffer.from(`${sortKeys.get(slug)}\u0000${slug}`); // collate "C", then slug
	const sorted = expected.sort((a, b) => Buffer.compare(key(a.slug), key(b.slug)));
	expect(d.list.map((c) => c.slug)).toEqual(sorted.slice(0, LIST_SIZE).map((r) => r.slug));
	for (const m of [...d.clusters, ...d.points]) expect(inBbox(m.lat, m.lng, view)).toBe(true);
	return expected.map((r) => r.slug);
}

describe('bbox filtering', () => {
	it('counts and lists exactly the producers whose public point lies in the view', async () => {
		for (const view of VIEWS) await expectViewMatchesTwin(view);
	});
	it('lists in Latvian order and combines the view with the filters', async () => {
		const d = await data('category=medus', LATVIA, 7);
		const names = d.list.map((c) => c.name);
		expect(names.length).toBeGreaterThan(1);
		const keys = d.list.map((c) => Buffer.from(sortKeys.get(c.slug)!));
		expect(keys).toEqual([...keys].sort(Buffer.compare));
		const sigulda = await data('category=medus', { west: 24.6, south: 56.9, east: 25.2, north: 57.3 }, 11);
		expect(sigulda.total).toBeLessThan(d.total);
	});
	it('ignores unknown filter values as the directory does, and reports them', async () => {
		const d = await data('category=nav-tadas&kind=robot', LATVIA_MOLDOVA, 7);
		expect(d.ignored).toEqual(['nav-tadas', 'robot']);
		expect(d.total).toBe(await countDirectory(h.db, {}));
	});
});

describe('map page', () => {
	it('has the filtered paginated list and the extent of its public points', async () => {
		const page = await mapPage(h.db, new URLSearchParams('municipality=siguldas-novads&page=1'), 'lv');
		expect(page.window.total).toBeGreaterThan(0);
		expect(page.cards.every((c) => c.municipality === 'Siguldas novads')).toBe(true);
		expect(page.filterQuery).toBe('municipality=siguldas-novads');
		const [w, s, e, n] = page.extent!;
		expect(w).toBeGreaterThan(24);
		expect(e).toBeLessThan(26);
		expect(s).toBeGreaterThan(56.8);
		expect(n).toBeLessThan(57.5);
		expect((await placedExtent(h.db, await filterOf('category=nav-tadas'))).count).toBe(await countDirectory(h.db, {}));
	});
});

describe('edge cases of the public point', () => {
	it('SQL and the twin agree when coordinates are missing at any level', async () => {
		const [mun] = await h.db
			.select({ id: territories.id })
			.from(territories)
			.where(and(eq(territories.kind, 'municipality'), eq(territories.slug, 'siguldas-novads')));
		await h.db.insert(territories).values([
			{ id: 990001, kind: 'municipality', countryCode: 'LV', slug: 'tst-bez-centra', name: { lv: 'Bezcentra novads' }, sortKey: 'x', searchName: 'bezcentra novads' },
			{ id: 990002, kind: 'village', countryCode: 'LV', slug: 'tst-bez-punkta', parentId: 990001, name: { lv: 'Bezpunkta' }, sortKey: 'x', searchName: 'bezpunkta' },
			{ id: 990003, kind: 'village', countryCode: 'LV', slug: 'tst-ar-punktu', parentId: mun.id, name: { lv: 'Arpunkta' }, lat: 57.2, lng: 24.9, sortKey: 'x', searchName: 'arpunkta' }
		]);
		const base = { kind: 'farm' as const, description: { lv: 'x' }, status: 'published' as const, searchText: 'x', isDemo: true };
		const cases = [
			{ slug: 'tst-exact-no-own', municipalityId: mun.id, localityId: 990003, lat: null, lng: 24.1, locationPrecision: 'exact' as const },
			{ slug: 'tst-exact-none', municipalityId: 990001, localityId: 990002, lat: null, lng: null, locationPrecision: 'exact' as const },
			{ slug: 'tst-locality-no-centre', municipalityId: mun.id, localityId: null, lat: 57.3, lng: 25, locationPrecision: 'locality' as const },
			{ slug: 'tst-locality-no-point', municipalityId: mun.id, localityId: 990002, lat: 57.3, lng: 25, locationPrecision: 'locality' as const },
			{ slug: 'tst-municipality-no-centre', municipalityId: 990001, localityId: 990003, lat: 57.3, lng: 25, locationPrecision: 'municipality' as const }
		];
		await h.db.insert(producers).values(cases.map((c) => ({ ...base, ...c, name: c.slug, sortKey: latvianSortKey(c.slug) })));
		// what the app's flows do after writing a producer: the map reads the search index
		await searchPort().reindexAll(h.db);
		const rows = (await placements()).filter((r) => r.slug.startsWith('tst-'));
		expect(rows).toHaveLength(cases.length);
		for (const r of rows) expect({ slug: r.slug, lat: r.lat, lng: r.lng }).toEqual({ slug: r.slug, ...(twin(r) ?? { lat: null, lng: null }) });
		for (const r of rows) expect({ slug: r.slug, lat: r.storedLat, lng: r.storedLng }).toEqual({ slug: r.slug, lat: r.lat, lng: r.lng });
		const bySlug = new Map(rows.map((r) => [r.slug, r]));
		expect(bySlug.get('tst-exact-no-own')).toMatchObject({ lat: 57.2, lng: 24.9 }); // half a house point is no point
		expect(bySlug.get('tst-exact-none')).toMatchObject({ lat: null, lng: null });
		expect(bySlug.get('tst-municipality-no-centre')).toMatchObject({ lat: null, lng: null });
		sortKeys = new Map((await h.db.select({ slug: producers.slug, sortKey: producers.sortKey }).from(producers)).map((r) => [r.slug, r.sortKey]));
		for (const view of VIEWS) await expectViewMatchesTwin(view);
		expect(await expectViewMatchesTwin({ west: 24.85, south: 57.15, east: 24.95, north: 57.25 })).toContain('tst-exact-no-own'); // Arpunkta
		// producers without any public point stay off the map (and out of its counts)
		const d = await data('', WORLD, 5);
		expect(d.total).toBe((await placements()).filter((r) => r.lat !== null).length);
	});
});

let sortKeys = new Map<string, string>();
beforeAll(async () => {
	sortKeys = new Map((await h.db.select({ slug: producers.slug, sortKey: producers.sortKey }).from(producers)).map((r) => [r.slug, r.sortKey]));
});
