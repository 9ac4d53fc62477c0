import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { parseQuery } from '$lib/server/api/params';
import { listBody } from '$lib/server/api/serializers';
import { libraryListParams } from '$lib/server/library/api-schemas';
import { libraryList, librarySummary } from '$lib/server/library/api';

/** GET /api/v1/library?topic=&kind=&language=&organisation=&page=&per_page=&lang= */
export const GET = respond(async ({ url, origin }) => {
	const parsed = parseQuery(libraryListParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const found = await libraryList(db(), parsed.params);
	if (!found.ok) return invalid(found.errors);
	const ctx = { origin, lang: parsed.params.lang };
	return ok(listBody(found.value, url, (item) => librarySummary(item, ctx)), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
