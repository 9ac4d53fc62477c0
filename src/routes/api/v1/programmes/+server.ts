import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { parseQuery } from '$lib/server/api/params';
import { listBody } from '$lib/server/api/serializers';
import { programmeListParams } from '$lib/server/programmes/api-schemas';
import { programmeList, programmeSummary } from '$lib/server/programmes/api';

/** GET /api/v1/programmes?page=&per_page=&lang= */
export const GET = respond(async ({ url, origin }) => {
	const parsed = parseQuery(programmeListParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const page = await programmeList(db(), parsed.params);
	const ctx = { origin, lang: parsed.params.lang };
	return ok(listBody(page, url, (p) => programmeSummary(p, ctx)), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
