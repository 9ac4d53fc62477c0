import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { contestFiles } from '$lib/server/contests/queries';

/** The frozen entry list exactly as hashed (docs/contest-draw.md §2). */
export const GET: RequestHandler = async ({ params }) => {
	const files = await contestFiles(db(), params.slug);
	if (!files || files.list === null) error(404, 'Not found');
	return new Response(files.list, { headers: { 'content-type': 'text/plain; charset=utf-8', 'content-disposition': 'attachment; filename="entries.txt"' } });
};
