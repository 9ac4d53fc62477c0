import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { fileResponse } from '$lib/server/mentoring/file-response';
import { pairOfLink } from '$lib/server/mentoring/pair-flow';

/** A file the pair shared, for the pair only: the personal link must name the pair the file belongs to. */
export const GET: RequestHandler = async ({ url, params }) => {
	const found = await pairOfLink(db(), url.searchParams.get('kods'));
	if (!found) error(404, 'Not found');
	return fileResponse(db(), found.pair.id, params.id);
};
