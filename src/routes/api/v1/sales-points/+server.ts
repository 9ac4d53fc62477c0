import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { parseQuery, salesPointListParams } from '$lib/server/api/params';
import { salesPointList } from '$lib/server/api/queries';
import { listBody, salesPointSummary } from '$lib/server/api/serializers';

/** GET /api/v1/sales-points?kind=&municipality=&page=&per_page=&lang= */
export const GET = respond(async ({ url, origin }) => {
	const parsed = parseQuery(salesPointListParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const result = await salesPointList(db(), parsed.params);
	if (!result.ok) return invalid(result.errors);
	const ctx = { origin, lang: parsed.params.lang };
	return ok(listBody(result.value, url, (sp) => salesPointSummary(sp, ctx)), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
