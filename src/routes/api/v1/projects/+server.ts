import { db } from '$lib/server/db/bootstrap';
import { invalid, methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { parseQuery } from '$lib/server/api/params';
import { projectList, projectSummary } from '$lib/server/api/programme';
import { projectListParams } from '$lib/server/api/programme-schemas';
import { listBody } from '$lib/server/api/serializers';

/** GET /api/v1/projects?organisation=&municipality=&phase=&page=&per_page=&lang= */
export const GET = respond(async ({ url, origin }) => {
	const parsed = parseQuery(projectListParams, url.searchParams);
	if (!parsed.ok) return invalid(parsed.errors);
	const found = await projectList(db(), parsed.params, new Date());
	if (!found.ok) return invalid(found.errors);
	const ctx = { origin, lang: parsed.params.lang };
	return ok(listBody(found.value, url, (p) => projectSummary(p, ctx)), ctx.lang);
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
