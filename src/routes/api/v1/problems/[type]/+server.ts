import { isProblemKind, methodNotAllowed, notFound, ok, preflight, PROBLEM_TYPES, problemTypeUrl, respond } from '$lib/server/api/http';

/** GET /api/v1/problems/{type} — what the `type` URI of a problem response means. */
export const GET = respond(async ({ origin, event }) => {
	const kind = event.params.type ?? '';
	if (!isProblemKind(kind)) return notFound(`There is no problem type "${kind}".`, [{ param: 'type', message: 'names no problem type' }]);
	return ok({ type: problemTypeUrl(origin, kind), ...PROBLEM_TYPES[kind] });
});

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
