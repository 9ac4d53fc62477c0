import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { problemResponse } from '$lib/server/map/http';
import { readMapRequest } from '$lib/server/map/params';
import { mapData } from '$lib/server/map/queries';

/**
 * Clusters and single points of a map view, and the first producers in it:
 * GET ?bbox=west,south,east,north&zoom=z&category=…&region=…&municipality=…&kind=…&label=…
 * A bad bbox or zoom → 400 problem+json; unknown filter values are ignored and reported.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const parsed = readMapRequest(url.searchParams);
	if (!parsed.ok) return problemResponse(parsed.problem);
	const body = await mapData(db(), parsed.request, params.lang);
	return json(body, { headers: { 'cache-control': 'public, max-age=60' } });
};
