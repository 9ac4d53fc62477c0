/** Distances over the memory index's points (engine.ts), without a square root per result. */
import type { MemoryIndex } from './memory-index';
import { haversine } from './ranking';
import { NO } from './top-k';

export function distanceTo(ix: MemoryIndex, slot: number, point: { lat: number; lng: number }): number {
	const lat = ix.lats[slot];
	return lat === lat ? haversine(point.lat, point.lng, lat, ix.lngs[slot]) : NO; // NaN: no point
}

const RAD = Math.PI / 180;
const EARTH_KM = 6371.0088;

/**
 * Distance as the haversine formula's inner term h (0…1): in the same order as the distance
 * itself, so sorting and radius checks compare h with sin²(km / 2R) and skip the arcsine and
 * square root for 100,000 results. `haversine()` (ranking.ts) stays the definition in km.
 */
export function distanceKeys(ix: MemoryIndex, origin: { lat: number; lng: number }): (slot: number) => number {
	const { lats, lngs, cosLats } = ix;
	const cosOrigin = Math.cos(origin.lat * RAD);
	return (slot) => {
		const lat = lats[slot];
		if (lat !== lat) return NO; // NaN: no point
		const a = Math.sin(((lat - origin.lat) * RAD) / 2);
		const b = Math.sin(((lngs[slot] - origin.lng) * RAD) / 2);
		return Math.min(1, a * a + cosOrigin * cosLats[slot] * b * b);
	};
}

/** The h of a distance in km (see distanceKeys). */
export function keyOfKm(km: number): number {
	const s = Math.sin(Math.min(Math.PI / 2, km / (2 * EARTH_KM)));
	return s * s;
}
