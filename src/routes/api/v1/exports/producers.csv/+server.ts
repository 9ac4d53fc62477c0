import { methodNotAllowed, preflight } from '$lib/server/api/http';
import { exportHandler } from '$lib/server/export/http';

/** GET /api/v1/exports/producers.csv?category=&region=&municipality=&kind=&label=&sort=&lang= */
export const GET = exportHandler('csv');
export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
