import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { organisationListParams, parseQuery } from '$lib/server/api/params';
import { organisationList } from '$lib/server/api/queries';
import { listBody, organisationSummary } from '$lib/server/api/serializers';

/** GET /api/v1/organisations?kind=&page=&per_page=&lang= */
export const GET = respond(async ({ url, origin }) => {
	const parsed = parseQuery(organisationListParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const page = await organisationList(db(), parsed.params);
	const ctx = { origin, lang: parsed.params.lang };
	return ok(listBody(page, url, (o) => organisationSummary(o, ctx)), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
