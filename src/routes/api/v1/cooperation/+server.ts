import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { parseQuery } from '$lib/server/api/params';
import { listBody } from '$lib/server/api/serializers';
import { cooperationListParams } from '$lib/server/cooperation/api-schemas';
import { cooperationList, cooperationSummary } from '$lib/server/cooperation/api';

/** GET /api/v1/cooperation?direction=&kind=&sector=&country=&region=&language=&q=&page=&per_page=&lang= */
export const GET = respond(async ({ url, origin }) => {
	const parsed = parseQuery(cooperationListParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const found = await cooperationList(db(), parsed.params);
	if (!found.ok) return invalid(found.errors);
	const ctx = { origin, lang: parsed.params.lang };
	return ok(listBody(found.value, url, (item) => cooperationSummary(item, ctx)), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
