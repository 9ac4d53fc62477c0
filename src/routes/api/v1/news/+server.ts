import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { parseQuery } from '$lib/server/api/params';
import { newsList, newsSummary } from '$lib/server/api/programme';
import { newsListParams } from '$lib/server/api/programme-schemas';
import { listBody } from '$lib/server/api/serializers';

/** GET /api/v1/news?organisation=&project=&page=&per_page=&lang= */
export const GET = respond(async ({ url, origin }) => {
	const parsed = parseQuery(newsListParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const found = await newsList(db(), parsed.params);
	if (!found.ok) return invalid(found.errors);
	const ctx = { origin, lang: parsed.params.lang };
	return ok(listBody(found.value, url, (n) => newsSummary(n, ctx)), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
