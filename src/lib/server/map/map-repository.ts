import { eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { producers, territories } from '$lib/server/db/schema';
import { toNumber, type Db } from '$lib/server/db/types';
import { directoryWhere, type DirectoryFilter, type ProducerCardRow } from '$lib/server/producers/producers-repository';

/**
 * The public point in SQL, for the tests that check every way of computing it agrees. The point
 * follows publicLocation() (src/lib/domain/public-location.ts; pure twin: public-point.ts):
 *
 *   1. precision 'exact' and both own coordinates known → the own point ("house point");
 *   2. else, precision not 'municipality' and the locality has a centre → the locality centre;
 *   3. else, the municipality has a centre → the municipality centre; else no point (not on the map).
 *
 * `publicPointSql` is that rule as one CASE per row; producers.public_lat/lng hold the same rule's
 * result, kept by a database trigger (migration 0006) for SQL readers of the data. The map itself
 * groups the memory index's points (search/map-view.ts, behind the search port), which search's indexer computes with
 * publicLocation(); map.db.test.ts checks the CASE, the stored point, the twin and the map's cells
 * against each other for every producer.
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
