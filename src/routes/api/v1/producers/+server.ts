import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { parseQuery, producerListParams } from '$lib/server/api/params';
import { producerList } from '$lib/server/api/queries';
import { listBody, producerSummary } from '$lib/server/api/serializers';

/** GET /api/v1/producers?category=&region=&municipality=&kind=&label=&sort=&page=&per_page=&lang= */
export const GET = respond(async ({ url, origin }) => {
	const parsed = parseQuery(producerListParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const result = await producerList(db(), parsed.params);
	if (!result.ok) return invalid(result.errors);
	const ctx = { origin, lang: parsed.params.lang };
	return ok(listBody(result.value, url, (p) => producerSummary(p, ctx)), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
