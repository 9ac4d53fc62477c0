/**
 * The municipality a search was about, never finer: a place word in the query, a single
 * municipality filter, "distance from" a town or municipality, or a near-me / map point rounded to
 * the municipality of the nearest town, parish or municipality centre. The point itself is never
 * kept. Pure: reads the search's reference territories.
 */
import type { SearchParams } from '$lib/contracts/search/types';
import { areaOf, type TerritoryInput, haversineKm } from '../search';

type Territories = ReadonlyMap<number, TerritoryInput>;

/** A point farther than this from every centre is not in Latvia (or not anywhere we can name). */
const MAX_KM = 40;

export function searchMunicipality(territories: Territories, params: SearchParams, places: readonly { kind: string; slug: string }[]): number | null {
	const all = [...territories.values()];
	const bySlug = (kinds: readonly string[], slug: string) => all.find((t) => kinds.includes(t.kind) && t.slug === slug);
	for (const p of places) {
		const t = bySlug([p.kind], p.slug);
		const mun = t ? areaOf(t, territories)?.municipalityId : null;
		if (mun) return mun;
	}
	if (params.municipalities.length === 1) {
		const t = bySlug(['municipality'], params.municipalities[0]);
		if (t) return t.id;
	}
	if (params.nearPlace) {
		const t = bySlug(['municipality', 'town'], params.nearPlace);
		const mun = t ? areaOf(t, territories)?.municipalityId : null;
		if (mun) return mun;
	}
	if (params.near) return municipalityNear(territories, params.near);
	return null;
}

/** The municipality of the nearest centre (municipality, town or parish) within MAX_KM. */
export function municipalityNear(territories: Territories, point: { lat: number; lng: number }): number | null {
	let best: TerritoryInput | null = null;
	let bestKm = MAX_KM;
	for (const t of territories.values()) {
		if (t.lat === null || t.lng === null || !(t.kind === 'municipality' || t.kind === 'town' || t.kind === 'parish')) continue;
		const km = haversineKm(point, { lat: t.lat, lng: t.lng });
		if (km < bestKm) {
			best = t;
			bestKm = km;
		}
	}
	return best ? (areaOf(best, territories)?.municipalityId ?? null) : null;
}
