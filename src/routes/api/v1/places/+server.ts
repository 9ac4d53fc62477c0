import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { parseQuery, placeListParams } from '$lib/server/api/params';
import { placeList } from '$lib/server/api/queries';
import { listBody, placeSummary } from '$lib/server/api/serializers';

/** GET /api/v1/places?kind=&page=&per_page=&lang= */
export const GET = respond(async ({ url, origin }) => {
	const parsed = parseQuery(placeListParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const page = await placeList(db(), parsed.params);
	const ctx = { origin, lang: parsed.params.lang };
	return ok(listBody(page, url, (p) => placeSummary(p, ctx)), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
