import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { publicContest } from '$lib/server/contests/queries';

/** The frozen entry list exactly as hashed (docs/contest-draw.md §2). */
export const GET: RequestHandler = async ({ params }) => {
	const view = await publicContest(db(), params.slug, params.lang);
	if (!view || !view.contest.frozenAt || view.contest.frozenList === null) error(404, 'Not found');
	return new Response(view.contest.frozenList, { headers: { 'content-type': 'text/plain; charset=utf-8', 'content-disposition': 'attachment; filename="entries.txt"' } });
};
