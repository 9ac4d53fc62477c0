import type { RequestHandler } from './$types';
import { impactDownload } from '$lib/server/impact/download';

/** The impact report as PDF (same query string and permission as the report page). */
export const GET: RequestHandler = (event) => impactDownload(event, 'pdf');
