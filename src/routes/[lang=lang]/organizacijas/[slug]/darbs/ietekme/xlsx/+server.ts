import type { RequestHandler } from './$types';
import { impactDownload } from '$lib/server/impact/download';

/** The impact report as XLSX (same query string and permission as the report page). */
export const GET: RequestHandler = (event) => impactDownload(event, 'xlsx');
