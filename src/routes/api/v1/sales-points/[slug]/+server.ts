import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, notFound, ok, preflight, respond } from '$lib/server/api/http';
import { detailParams, parseQuery } from '$lib/server/api/params';
import { salesPointDetail } from '$lib/server/api/queries';
import { salesPointDetail as serializeSalesPoint } from '$lib/server/api/serializer-details';

/** GET /api/v1/sales-points/{slug}?lang= */
export const GET = respond(async ({ url, origin, event }) => {
	const parsed = parseQuery(detailParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const slug = event.params.slug ?? '';
	const ctx = { origin, lang: parsed.params.lang };
	const found = await salesPointDetail(db(), slug, ctx.lang);
	if (!found) return notFound(`No published sales point has the slug "${slug}".`, [{ param: 'slug', message: 'names no published sales point' }]);
	return ok({ data: serializeSalesPoint(found, ctx) }, ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
