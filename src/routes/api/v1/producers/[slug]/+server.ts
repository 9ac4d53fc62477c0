import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, notFound, ok, preflight, respond } from '$lib/server/api/http';
import { detailParams, parseQuery } from '$lib/server/api/params';
import { producerDetail } from '$lib/server/api/queries';
import { producerDetail as serializeProducer } from '$lib/server/api/serializer-details';
import { pageUrls } from '$lib/server/api/urls';

/** GET /api/v1/producers/{slug}?lang= — unknown and unpublished producers are a 404 problem. */
export const GET = respond(async ({ url, origin, event }) => {
	const parsed = parseQuery(detailParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const slug = event.params.slug ?? '';
	const ctx = { origin, lang: parsed.params.lang };
	const found = await producerDetail(db(), slug, ctx.lang, pageUrls(ctx).producer(slug));
	if (!found) return notFound(`No published producer has the slug "${slug}".`, [{ param: 'slug', message: 'names no published producer' }]);
	return ok({ data: serializeProducer(found, ctx) }, ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
