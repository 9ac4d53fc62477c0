import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { categoryListParams, parseQuery } from '$lib/server/api/params';
import { categoryList } from '$lib/server/api/queries';
import { category, listBody } from '$lib/server/api/serializers';

/** GET /api/v1/categories?page=&per_page=&lang= */
export const GET = respond(async ({ url, origin }) => {
	const parsed = parseQuery(categoryListParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const page = await categoryList(db(), parsed.params);
	const ctx = { origin, lang: parsed.params.lang };
	return ok(listBody(page, url, (c) => category(c, ctx)), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
