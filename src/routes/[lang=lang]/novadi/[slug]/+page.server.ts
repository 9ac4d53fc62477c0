import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { eventsForPage } from '$lib/server/events/page-slots';
import { db } from '$lib/server/db/bootstrap';
import { municipalityPage } from '$lib/server/geography/queries';
import { parsePageParam } from '$lib/server/geography/paging';

/** A pre-2021 novads (or a later merged one) answers with a permanent redirect to its successor. */
export const load: PageServerLoad = async ({ params, url }) => {
	const result = await municipalityPage(db(), params.slug, params.lang, { page: parsePageParam(url.searchParams.get('page')) });
	if (!result) error(404, 'Not found');
	if (result.kind === 'redirect') redirect(301, `/${params.lang}/novadi/${result.slug}`);
	return { ...result.data, eventsSlot: await eventsForPage(db(), { municipality: params.slug }) };
};

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
