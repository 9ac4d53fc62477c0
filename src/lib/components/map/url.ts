import type { BboxTuple } from '$lib/contracts/map/types';

/** Web Mercator's latitude limit (what Leaflet can show). */
const MAX_LAT = 85.0511287798066;
const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
const fixed = (v: number) => Number(v.toFixed(5));

/**
 * A map view's bounds as the endpoint accepts them: inside -180…180 / ±85.05 (a zoomed-out Leaflet
 * map reports longitudes past ±180), rounded to 5 decimals (~1 m) so that equal views share a
 * cache entry, and never empty.
 */
export function viewBbox(west: number, south: number, east: number, north: number): BboxTuple {
	let w = fixed(clamp(west, -180, 180));
	let e = fixed(clamp(east, -180, 180));
	let s = fixed(clamp(south, -MAX_LAT, MAX_LAT));
	let n = fixed(clamp(north, -MAX_LAT, MAX_LAT));
	if (!(w < e)) [w, e] = w >= 180 ? [179.99999, 180] : [w, fixed(w + 0.00001)];
	if (!(s < n)) [s, n] = s >= MAX_LAT ? [fixed(MAX_LAT - 0.00001), fixed(MAX_LAT)] : [s, fixed(s + 0.00001)];
	return [w, s, e, n];
}

/** The JSON endpoint of the map for a view and the page's filter query ("category=medus&…"). */
export function dataUrl(locale: string, bbox: BboxTuple, zoom: number, filterQuery: string): string {
	const params = new URLSearchParams(filterQuery);
	params.set('bbox', bbox.join(','));
	params.set('zoom', String(Math.round(zoom)));
	return `/${locale}/karte/dati?${params.toString()}`;
}

/** Marker diameter in px for a cluster of `count`: grows with the digits, stays tappable (≥ 34 px). */
export function clusterSize(count: number): number {
	return Math.min(64, 34 + Math.round(Math.log10(Math.max(count, 1)) * 10));
}
