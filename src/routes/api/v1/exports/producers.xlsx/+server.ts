import { methodNotAllowed, preflight } from '$lib/server/api/http';
import { exportHandler } from '$lib/server/export/http';

/** GET /api/v1/exports/producers.xlsx?category=&region=&municipality=&kind=&label=&sort=&lang= */
export const GET = exportHandler('xlsx');
export const OPTIONS = preflight;
export const fallback = methodNotAllowed;
