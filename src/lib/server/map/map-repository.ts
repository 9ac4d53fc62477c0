import { and, eq, inArray, isNotNull, not, or, sql, type SQL } from 'drizzle-orm';
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
 * `publicPointSql` is that rule as one CASE per row. The map queries use the same rule split in
 * two, which is what keeps them fast with 100,000 producers: house points come straight from the
 * producers table (no join), and everyone else is first counted per (municipality, locality,
 * precision) and only those few hundred groups are joined with their territories' centres.
 * map.db.test.ts checks both forms against the twin for every producer.
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

/** Territories that have a centre (inside the bbox, when given): a few hundred ids at most. */
function centred(db: Db, bbox?: Bbox) {
	return db
		.select({ id: territories.id })
		.from(territories)
		.where(and(isNotNull(territories.lat), isNotNull(territories.lng), bbox ? within(sql`${territories.lat}`, sql`${territories.lng}`, bbox) : undefined));
}

/**
 * Every public point of the filtered producers (in the bbox, when given) as rows of
 * (lat, lng, n, slug): a house point is one row with n = 1; a territory centre is one row with the
 * number of producers shown there (and the smallest slug, which names it when n = 1).
 */
function publicPoints(db: Db, filter: DirectoryFilter, bbox?: Bbox) {
	const houses = db
		.select({
			lat: sql<number>`${producers.lat}`.as('lat'),
			lng: sql<number>`${producers.lng}`.as('lng'),
			n: sql<number>`1::bigint`.as('n'),
			slug: sql<string>`${producers.slug}`.as('slug')
		})
		.from(producers)
		.where(and(filterWhere(db, filter), housePoint, bbox ? within(sql`${producers.lat}`, sql`${producers.lng}`, bbox) : undefined));

	const near = bbox ? centred(db, bbox) : undefined;
	const groups = db
		.select({
			municipalityId: producers.municipalityId,
			localityId: producers.localityId,
			localityAllowed: sql<boolean>`${localityAllowed}`.as('locality_allowed'),
			n: sql<number>`count(*)`.as('group_n'),
			slug: sql<string>`min(${producers.slug})`.as('group_slug')
		})
		.from(producers)
		// in a bbox, only producers whose locality or municipality centre lies in it can be shown there
		.where(and(filterWhere(db, filter), not(housePoint), near ? or(inArray(producers.municipalityId, near), inArray(producers.localityId, near)) : undefined))
		.groupBy(producers.municipalityId, producers.localityId, sql`${localityAllowed}`)
		.as('map_groups');
	const useLocality = sql`(${groups.localityAllowed} and ${both(sql`${locality.lat}`, sql`${locality.lng}`)})`;
	const useMunicipality = both(sql`${municipality.lat}`, sql`${municipality.lng}`);
	const centreOf = (axis: 'lat' | 'lng') =>
		sql<number>`(case when ${useLocality} then ${locality[axis]} when ${useMunicipality} then ${municipality[axis]} end)`;
	const centres = db
		.select({ lat: centreOf('lat').as('lat'), lng: centreOf('lng').as('lng'), n: sql<number>`${groups.n}`.as('n'), slug: sql<string>`${groups.slug}`.as('slug') })
		.from(groups)
		.innerJoin(municipality, eq(municipality.id, groups.municipalityId))
		.leftJoin(locality, eq(locality.id, groups.localityId));

	const all = houses.unionAll(centres).as('map_points');
	return { points: all, where: and(sql`${all.lat} is not null and ${all.lng} is not null`, bbox ? within(sql`${all.lat}`, sql`${all.lng}`, bbox) : undefined) };
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

/**
 * Whether the producer's public point lies in the bbox, without computing it per row: its house
 * point is in the bbox, or the centre it is shown at (locality, else municipality) is one of the
 * few centred territories in the bbox.
 */
function shownIn(db: Db, bbox: Bbox): SQL {
	const withCentre = centred(db);
	const near = centred(db, bbox);
	const atLocality = sql`(${localityAllowed} and ${producers.localityId} is not null and ${inArray(producers.localityId, withCentre)})`;
	return sql`(case
		when ${housePoint} then ${within(sql`${producers.lat}`, sql`${producers.lng}`, bbox)}
		when ${atLocality} then ${inArray(producers.localityId, near)}
		else ${inArray(producers.municipalityId, near)}
	end)`;
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
		.where(and(filterWhere(db, filter), shownIn(db, bbox)))
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
			cellX: sql<number | null>`${cell.x}`,
			cellY: sql<number | null>`${cell.y}`
		})
		.from(producers)
		.innerJoin(municipality, eq(municipality.id, producers.municipalityId))
		.leftJoin(locality, eq(locality.id, producers.localityId))
		.where(filterWhere(db, filter))
		.orderBy(producers.slug);
	const num = (v: unknown) => (v === null || v === undefined ? null : toNumber(v));
	return rows.map((r) => ({ ...r, lat: num(r.lat), lng: num(r.lng), cellX: num(r.cellX), cellY: num(r.cellY) }));
}
