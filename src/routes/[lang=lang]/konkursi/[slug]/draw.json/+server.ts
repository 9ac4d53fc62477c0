import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { contestFiles } from '$lib/server/contests/queries';

/** The draw file scripts/verify-draw.ts reads next to entries.txt. */
export const GET: RequestHandler = async ({ params }) => {
	const file = (await contestFiles(db(), params.slug))?.draw;
	if (!file) error(404, 'Not found');
	return new Response(JSON.stringify(file, null, '\t') + '\n', { headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': 'attachment; filename="draw.json"' } });
};
