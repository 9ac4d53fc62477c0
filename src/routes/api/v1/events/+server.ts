import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { parseQuery } from '$lib/server/api/params';
import { eventListParams } from '$lib/server/events/api-schemas';
import { eventListBody } from '$lib/server/events/api';

/** GET /api/v1/events?kind=&municipality=&organisation=&project=&online=&language=&when=&page=&per_page=&lang= */
export const GET = respond(async ({ url, origin }) => {
	const parsed = parseQuery(eventListParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const ctx = { origin, lang: parsed.params.lang };
	return ok(await eventListBody(db(), parsed.params, url, ctx), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
