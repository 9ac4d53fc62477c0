import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, notFound, ok, preflight, respond } from '$lib/server/api/http';
import { detailParams, parseQuery } from '$lib/server/api/params';
import { placeDetail } from '$lib/server/api/queries';
import { placeDetail as serializePlace } from '$lib/server/api/serializer-details';

/** GET /api/v1/places/{slug}?lang= */
export const GET = respond(async ({ url, origin, event }) => {
	const parsed = parseQuery(detailParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const slug = event.params.slug ?? '';
	const ctx = { origin, lang: parsed.params.lang };
	const found = await placeDetail(db(), slug, ctx.lang);
	if (!found) return notFound(`No published place has the slug "${slug}".`, [{ param: 'slug', message: 'names no published place' }]);
	return ok({ data: serializePlace(found, ctx) }, ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
