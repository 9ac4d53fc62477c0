import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { apiSearch, parseSearchRequest } from '$lib/server/api/search';
import { searchBody } from '$lib/server/api/serializer-search';

/** GET /api/v1/search?q=&type=&category=&kind=&label=&region=&municipality=&open=&near=&near_place=&radius=&sort=&page=&per_page=&lang= */
export const GET = respond(async ({ url, origin, event }) => {
	const parsed = parseSearchRequest(url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const result = await apiSearch(db(), parsed.api, parsed.params);
	if (!result.ok) return invalid(result.errors);
	const ctx = { origin, lang: parsed.api.lang };
	// how long the search took and whether an earlier answer was reused (bench/search-mix.ts counts these)
	const { tookMs, fromCache } = result.value.response;
	event.setHeaders({ 'server-timing': `search;dur=${tookMs};desc="${fromCache ? 'cache hit' : 'computed'}"` });
	return ok(searchBody(result.value, url, ctx), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
