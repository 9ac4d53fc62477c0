import type { LocationPrecision } from '$lib/domain/types';

/**
 * The point a producer is drawn at, from its columns and its territories' centres: a pure twin of
 * the SQL in map-repository.ts (`publicPointSql`) and of `publicLocation().point`
 * (src/lib/domain/public-location.ts). exact → own point, else locality, else municipality centre;
 * locality → locality centre, else municipality centre; municipality → municipality centre only.
 * Written as the SQL is (first matching branch wins), so the two read line by line alike.
 * A point counts only when both coordinates are known. Tests check all three agree.
 */
export type PointColumns = {
	precision: LocationPrecision;
	lat: number | null;
	lng: number | null;
	localityLat: number | null;
	localityLng: number | null;
	municipalityLat: number | null;
	municipalityLng: number | null;
};

export type Point = { lat: number; lng: number };

const point = (lat: number | null, lng: number | null): Point | null => (lat === null || lng === null ? null : { lat, lng });

/** Same three branches, in the same order, as the SQL CASE. */
export function publicPoint(c: PointColumns): Point | null {
	const own = point(c.lat, c.lng);
	const locality = point(c.localityLat, c.localityLng);
	const municipality = point(c.municipalityLat, c.municipalityLng);
	if (c.precision === 'exact' && own) return own;
	if (c.precision !== 'municipality' && locality) return locality;
	return municipality;
}
