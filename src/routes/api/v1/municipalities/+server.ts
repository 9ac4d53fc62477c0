import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { municipalityListParams, parseQuery } from '$lib/server/api/params';
import { municipalityList } from '$lib/server/api/queries';
import { listBody, municipality } from '$lib/server/api/serializers';

/** GET /api/v1/municipalities?region=&include_historical=&page=&per_page=&lang= */
export const GET = respond(async ({ url, origin }) => {
	const parsed = parseQuery(municipalityListParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const result = await municipalityList(db(), parsed.params);
	if (!result.ok) return invalid(result.errors);
	const ctx = { origin, lang: parsed.params.lang };
	return ok(listBody(result.value, url, (m) => municipality(m, ctx)), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
