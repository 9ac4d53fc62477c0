import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, notFound, ok, preflight, respond } from '$lib/server/api/http';
import { detailParams, parseQuery } from '$lib/server/api/params';
import { organisationDetail } from '$lib/server/api/queries';
import { organisationDetail as serializeOrganisation } from '$lib/server/api/serializer-details';

/** GET /api/v1/organisations/{slug}?lang= */
export const GET = respond(async ({ url, origin, event }) => {
	const parsed = parseQuery(detailParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const slug = event.params.slug ?? '';
	const ctx = { origin, lang: parsed.params.lang };
	const found = await organisationDetail(db(), slug, ctx.lang);
	if (!found) return notFound(`No published organisation has the slug "${slug}".`, [{ param: 'slug', message: 'names no published organisation' }]);
	return ok({ data: serializeOrganisation(found, ctx) }, ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
