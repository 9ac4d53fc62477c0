import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { regionPage } from '$lib/server/geography/queries';
import { parsePageParam } from '$lib/server/geography/paging';

export const load: PageServerLoad = async ({ params, url }) => {
	const data = await regionPage(db(), params.slug, params.lang, { page: parsePageParam(url.searchParams.get('page')) });
	if (!data) error(404, 'Not found');
	return data;
};

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
