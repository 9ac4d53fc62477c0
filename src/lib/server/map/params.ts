import { readDirectoryQuery, type DirectoryQuery } from '$lib/server/producers/domain';
import { MAX_ZOOM, MIN_ZOOM, type Bbox } from './grid';

/**
 * Parameters of the cluster endpoint (/{lang}/karte/dati?bbox=w,s,e,n&zoom=z&<directory filters>).
 * bbox and zoom are checked strictly (a bad one is a 400 problem, RFC 9457); the directory filters
 * go through readDirectoryQuery like on /razotaji, so an unknown filter value is ignored, not an error.
 */
export type MapRequest = { bbox: Bbox; zoom: number; query: DirectoryQuery };

export type InvalidParam = { name: 'bbox' | 'zoom'; reason: string };

/** An RFC 9457 problem document. */
export type Problem = {
	type: string;
	title: string;
	status: number;
	detail: string;
	'invalid-params': InvalidParam[];
};

export type MapRequestResult = { ok: true; request: MapRequest } | { ok: false; problem: Problem };

/** A decimal degree: optional minus, up to 3 integer digits, up to 20 decimals. No exponents, no hex, no "Infinity". */
const DEGREE = /^-?\d{1,3}(?:\.\d{1,20})?$/;
const MAX_RAW = 120;

export function parseBbox(raw: string | null): Bbox | string {
	if (raw === null || raw.trim() === '') return 'required: west,south,east,north in degrees';
	if (raw.length > MAX_RAW) return 'too long';
	const parts = raw.split(',').map((p) => p.trim());
	if (parts.length !== 4) return 'expected four numbers: west,south,east,north';
	if (!parts.every((p) => DEGREE.test(p))) return 'each value must be a decimal number of degrees';
	const [west, south, east, north] = parts.map(Number);
	if (west < -180 || east > 180) return 'longitudes must lie within -180…180';
	if (south < -90 || north > 90) return 'latitudes must lie within -90…90';
	if (!(west < east)) return 'west must be less than east';
	if (!(south < north)) return 'south must be less than north';
	return { west, south, east, north };
}

export function parseZoom(raw: string | null): number | string {
	if (raw === null || raw.trim() === '') return `required: an integer ${MIN_ZOOM}…${MAX_ZOOM}`;
	const value = raw.trim();
	if (!/^\d{1,2}$/.test(value)) return `must be an integer ${MIN_ZOOM}…${MAX_ZOOM}`;
	const zoom = Number(value);
	if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return `must be an integer ${MIN_ZOOM}…${MAX_ZOOM}`;
	return zoom;
}

export function readMapRequest(params: URLSearchParams): MapRequestResult {
	const bbox = parseBbox(params.get('bbox'));
	const zoom = parseZoom(params.get('zoom'));
	const invalid: InvalidParam[] = [];
	if (typeof bbox === 'string') invalid.push({ name: 'bbox', reason: bbox });
	if (typeof zoom === 'string') invalid.push({ name: 'zoom', reason: zoom });
	if (typeof bbox === 'string' || typeof zoom === 'string') {
		return {
			ok: false,
			problem: {
				type: 'about:blank',
				title: 'Bad Request',
				status: 400,
				detail: invalid.map((p) => `${p.name}: ${p.reason}`).join('; '),
				'invalid-params': invalid
			}
		};
	}
	return { ok: true, request: { bbox, zoom, query: readDirectoryQuery(params) } };
}
