import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { producers, territories } from '$lib/server/db/schema';
import { toNumber, type Db } from '$lib/server/db/types';
import { directoryWhere, type DirectoryFilter, type ProducerCardRow } from '$lib/server/producers/producers-repository';
import type { Bbox } from './grid';

/**
 * All SQL of the map: producers at their PUBLIC point, grouped into grid cells. The point follows
 * publicLocation() (src/lib/domain/public-location.ts; pure twin: public-point.ts):
 *
 *   1. precision 'exact' and both own coordinates known → the own point ("house point");
 *   2. else, precision not 'municipality' and the locality has a centre → the locality centre;
 *   3. else, the municipality has a centre → the municipality centre; else no point (not on the map).
 *
 * `publicPointSql` is that rule as one CASE per row. The map queries read the same rule's result
 * stored in producers.public_lat/lng by a database trigger (migration 0006), which is what keeps
 * them fast with 100,000 producers: a bbox is a range on an indexed column, nothing is joined or
 * computed per row. map.db.test.ts checks the stored point against the CASE and the twin for every
 * producer.
 */

const municipality = alias(territories, 'map_municipality');
const locality = alias(territories, 'map_locality');

const both = (lat: SQL, lng: SQL) => sql`(${lat} is not null and ${lng} is not null)`;

/** Rule 1 holds: the producer is drawn at its own point. */
const housePoint = sql`(${producers.locationPrecision} = 'exact' and ${both(sql`${producers.lat}`, sql`${producers.lng}`)})`;
/** Rule 2 may apply (the locality is used when it has a centre). */
const localityAllowed = sql`(${producers.locationPrecision} <> 'municipality')`;

function publicCoordinate(axis: 'lat' | 'lng'): SQL<number | null> {
	return sql<number | null>`(case
		when ${housePoint} then ${producers[axis]}
		when ${localityAllowed} and ${both(sql`${locality.lat}`, sql`${locality.lng}`)} then ${locality[axis]}
		when ${both(sql`${municipality.lat}`, sql`${municipality.lng}`)} then ${municipality[axis]}
	end)`;
}

/** The public point as one expression per row over producers ⋈ municipality ⟕ locality. */
export const publicPointSql = { lat: publicCoordinate('lat'), lng: publicCoordinate('lng') };

/** The same selection as the directory: totals always match /razotaji. */
const filterWhere = directoryWhere;

const within = (lat: SQL, lng: SQL, b: Bbox) =>
	sql`(${lat} between ${b.south}::float8 and ${b.north}::float8 and ${lng} between ${b.west}::float8 and ${b.east}::float8)`;

/**
 * Every public point of the filtered producers (in the bbox, when given) as rows of
 * (lat, lng, n, slug): the stored public point (producers.public_lat/lng, kept by the database
 * trigger of migration 0006 with exactly the rule above; map.db.test.ts compares it with
 * `publicPointSql` and the twin), one row per producer, bbox through its btree index.
 */
function publicPoints(db: Db, filter: DirectoryFilter, bbox?: Bbox) {
	const points = db
		.select({
			lat: sql<number>`${producers.publicLat}`.as('lat'),
			lng: sql<number>`${producers.publicLng}`.as('lng'),
			n: sql<number>`1::bigint`.as('n'),
			slug: sql<string>`${producers.slug}`.as('slug')
		})
		.from(producers)
		.where(and(filterWhere(db, filter), storedPointIn(bbox)))
		.as('map_points');
	return { points, where: sql`true` };
}

/** The stored public point is known (and in the bbox). */
function storedPointIn(bbox?: Bbox): SQL {
	const known = both(sql`${producers.publicLat}`, sql`${producers.publicLng}`);
	return bbox ? sql`(${known} and ${within(sql`${producers.publicLat}`, sql`${producers.publicLng}`, bbox)})` : known;
}

/** The grid cell of a point; twin of grid.ts cellOf (same formulas, same order of operations). */
function cellSql(lat: SQL, lng: SQL, cells: number): { x: SQL<number>; y: SQL<number> } {
	const n = sql`${cells}::float8`;
	const clamped = sql`least(greatest(${lat}, -85.0511287798066::float8), 85.0511287798066::float8)`;
	const r = sql`(${clamped} * (pi() / 180))`;
	return {
		x: sql<number>`floor((${lng} + 180) / 360 * ${n})`,
		y: sql<number>`floor((1 - ln(tan(${r}) + 1 / cos(${r})) / pi()) / 2 * ${n})`
	};
}

export type CellRow = {
	x: number;
	y: number;
	count: number;
	lat: number;
	lng: number;
	west: number;
	south: number;
	east: number;
	north: number;
	/** The producer's, when the cell holds exactly one. */
	slug: string;
	name: string;
};

/** GROUP BY the grid cell of the public point: count, mean point and bounds per non-empty cell. */
export function clusterQuery(db: Db, filter: DirectoryFilter, bbox: Bbox, cells: number, limit: number) {
	const { points, where } = publicPoints(db, filter, bbox);
	const cell = cellSql(sql`${points.lat}`, sql`${points.lng}`, cells);
	const inner = db
		.select({
			lat: sql<number>`${points.lat}`.as('cell_lat'),
			lng: sql<number>`${points.lng}`.as('cell_lng'),
			n: sql<number>`${points.n}`.as('cell_n'),
			slug: sql<string>`${points.slug}`.as('cell_slug'),
			x: sql<number>`${cell.x}`.as('cell_x'),
			y: sql<number>`${cell.y}`.as('cell_y')
		})
		.from(points)
		.where(where)
		.as('map_cells');
	return db
		.select({
			x: inner.x,
			y: inner.y,
			count: sql<number>`sum(${inner.n})`,
			lat: sql<number>`sum(${inner.lat} * ${inner.n}) / sum(${inner.n})`,
			lng: sql<number>`sum(${inner.lng} * ${inner.n}) / sum(${inner.n})`,
			west: sql<number>`min(${inner.lng})`,
			south: sql<number>`min(${inner.lat})`,
			east: sql<number>`max(${inner.lng})`,
			north: sql<number>`max(${inner.lat})`,
			slug: sql<string>`min(${inner.slug})`
		})
		.from(inner)
		.groupBy(inner.x, inner.y)
		.orderBy(sql`sum(${inner.n}) desc`, inner.x, inner.y)
		.limit(limit);
}

/** One row per non-empty grid cell in the bbox; a cell of one producer carries its slug and name. */
export async function clusterCells(db: Db, filter: DirectoryFilter, bbox: Bbox, cells: number, limit: number): Promise<CellRow[]> {
	const rows = (await clusterQuery(db, filter, bbox, cells, limit)).map((r) => ({
		x: toNumber(r.x),
		y: toNumber(r.y),
		count: toNumber(r.count),
		lat: toNumber(r.lat),
		lng: toNumber(r.lng),
		west: toNumber(r.west),
		south: toNumber(r.south),
		east: toNumber(r.east),
		north: toNumber(r.north),
		slug: r.slug,
		name: ''
	}));
	const single = rows.filter((r) => r.count === 1).map((r) => r.slug);
	if (single.length) {
		const names = await db.select({ slug: producers.slug, name: producers.name }).from(producers).where(inArray(producers.slug, single));
		const bySlug = new Map(names.map((r) => [r.slug, r.name]));
		for (const r of rows) if (r.count === 1) r.name = bySlug.get(r.slug) ?? r.slug;
	}
	return rows;
}

/** The first producers whose public point lies in the bbox, in Latvian name order (sort key, byte-wise). */
export async function listInBbox(db: Db, filter: DirectoryFilter, bbox: Bbox, limit: number): Promise<ProducerCardRow[]> {
	return db
		.select({
			id: producers.id,
			slug: producers.slug,
			name: producers.name,
			kind: producers.kind,
			isDemo: producers.isDemo,
			municipalityId: producers.municipalityId,
			localityId: producers.localityId,
			address: producers.address,
			lat: producers.lat,
			lng: producers.lng,
			locationPrecision: producers.locationPrecision
		})
		.from(producers)
		.where(and(filterWhere(db, filter), storedPointIn(bbox)))
		.orderBy(sql`${producers.sortKey} collate "C"`, producers.slug)
		.limit(limit);
}

export type Extent = { count: number; bbox: Bbox | null };

/** How many filtered producers have a public point, and the bounds of those points (the first map view). */
export async function placedExtent(db: Db, filter: DirectoryFilter): Promise<Extent> {
	const { points, where } = publicPoints(db, filter);
	const [row] = await db
		.select({
			count: sql<number>`coalesce(sum(${points.n}), 0)`,
			west: sql<number | null>`min(${points.lng})`,
			south: sql<number | null>`min(${points.lat})`,
			east: sql<number | null>`max(${points.lng})`,
			north: sql<number | null>`max(${points.lat})`
		})
		.from(points)
		.where(where);
	const count = toNumber(row?.count);
	if (!row || count === 0 || row.west === null || row.south === null || row.east === null || row.north === null) return { count, bbox: null };
	return {
		count,
		bbox: { west: toNumber(row.west), south: toNumber(row.south), east: toNumber(row.east), north: toNumber(row.north) }
	};
}

export type PlacedRow = {
	slug: string;
	/** The public point as SQL computed it. */
	lat: number | null;
	lng: number | null;
	/** Inputs of the rule, for the pure twin (tests only: never sent anywhere). */
	precision: ProducerCardRow['locationPrecision'];
	ownLat: number | null;
	ownLng: number | null;
	localityLat: number | null;
	localityLng: number | null;
	municipalityLat: number | null;
	municipalityLng: number | null;
	/** The point the trigger stored (producers.public_lat/lng), which the map reads. */
	storedLat: number | null;
	storedLng: number | null;
	cellX: number | null;
	cellY: number | null;
};

/** Every filtered producer with the SQL public point (one-CASE form), its inputs and its cell: for tests of the twins. */
export async function listPlacementsForTest(db: Db, filter: DirectoryFilter, cells: number): Promise<PlacedRow[]> {
	const cell = cellSql(publicPointSql.lat, publicPointSql.lng, cells);
	const rows = await db
		.select({
			slug: producers.slug,
			lat: publicPointSql.lat,
			lng: publicPointSql.lng,
			precision: producers.locationPrecision,
			ownLat: producers.lat,
			ownLng: producers.lng,
			localityLat: locality.lat,
			localityLng: locality.lng,
			municipalityLat: municipality.lat,
			municipalityLng: municipality.lng,
			storedLat: producers.publicLat,
			storedLng: producers.publicLng,
			cellX: sql<number | null>`${cell.x}`,
			cellY: sql<number | null>`${cell.y}`
		})
		.from(producers)
		.innerJoin(municipality, eq(municipality.id, producers.municipalityId))
		.leftJoin(locality, eq(locality.id, producers.localityId))
		.where(filterWhere(db, filter))
		.orderBy(producers.slug);
	const num = (v: unknown) => (v === null || v === undefined ? null : toNumber(v));
	return rows.map((r) => ({ ...r, lat: num(r.lat), lng: num(r.lng), storedLat: num(r.storedLat), storedLng: num(r.storedLng), cellX: num(r.cellX), cellY: num(r.cellY) }));
}
