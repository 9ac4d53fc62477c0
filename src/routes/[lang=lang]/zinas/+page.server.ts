import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { parsePageParam } from '$lib/server/geography/paging';
import { newsDirectory } from '$lib/server/news/queries';

/** All news, or one organisation's (?organizacija=) or one project's (?projekts=); a name that means nothing is a 404. */
export const load: PageServerLoad = async ({ params, url }) => {
	const found = await newsDirectory(
		db(),
		{ organisation: url.searchParams.get('organizacija') || null, project: url.searchParams.get('projekts') || null, page: parsePageParam(url.searchParams.get('page')) },
		params.lang
	);
	if (!found) error(404, 'Not found');
	return found;
};
