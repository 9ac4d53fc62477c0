import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, notFound, ok, preflight, respond } from '$lib/server/api/http';
import { detailParams, isPlausibleSlug, parseQuery } from '$lib/server/api/params';
import { cooperationDetail } from '$lib/server/cooperation/api';

/** GET /api/v1/cooperation/{slug}?lang= */
export const GET = respond(async ({ url, origin, event }) => {
	const parsed = parseQuery(detailParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const slug = event.params.slug ?? '';
	const ctx = { origin, lang: parsed.params.lang };
	const found = isPlausibleSlug(slug) ? await cooperationDetail(db(), slug, ctx) : null;
	if (!found) return notFound(`No published cooperation profile has the slug "${slug}".`, [{ param: 'slug', message: 'names no published cooperation profile' }]);
	return ok({ data: found }, ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
