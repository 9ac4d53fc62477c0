import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, notFound, ok, preflight, respond } from '$lib/server/api/http';
import { detailParams, isPlausibleSlug, parseQuery } from '$lib/server/api/params';
import { libraryDetail } from '$lib/server/library/api';

/** GET /api/v1/library/{slug}?lang= */
export const GET = respond(async ({ url, origin, event }) => {
	const parsed = parseQuery(detailParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const slug = event.params.slug ?? '';
	const ctx = { origin, lang: parsed.params.lang };
	// a slug with control characters names nothing (and PostgreSQL refuses NUL in text)
	const found = isPlausibleSlug(slug) ? await libraryDetail(db(), slug, ctx) : null;
	if (!found) return notFound(`No published library item has the slug "${slug}".`, [{ param: 'slug', message: 'names no published library item' }]);
	return ok({ data: found }, ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
