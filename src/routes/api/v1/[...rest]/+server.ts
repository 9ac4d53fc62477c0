import { notFound, preflight, respond } from '$lib/server/api/http';

/** Any other path under /api/v1: a 404 problem rather than the HTML error page. */
const missing = respond(async ({ url }) => notFound(`${url.pathname} is not an API endpoint; the endpoints are listed in /api/v1/openapi.json.`));

export const GET = missing;
export const OPTIONS = preflight;
export const fallback = missing;
