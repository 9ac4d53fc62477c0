import { methodNotAllowed, ok, preflight, respond } from '$lib/server/api/http';
import { openApiDocument } from '$lib/server/api/openapi';

/** GET /api/v1/openapi.json — the OpenAPI 3.1 description, with the same CORS and caching as the API. */
export const GET = respond(async ({ origin }) => ok(openApiDocument(origin)));

export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
