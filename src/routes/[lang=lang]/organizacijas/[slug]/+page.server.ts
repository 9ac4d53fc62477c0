import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { parsePageParam } from '$lib/server/geography/paging';
import { organisationPage } from '$lib/server/organisations/queries';
import { eventsForPage } from '$lib/server/events/page-slots';

/** ?page=N pages through the organisation's producers. */
export const load: PageServerLoad = async ({ params, url }) => {
	const data = await organisationPage(db(), params.slug, params.lang, {
		page: parsePageParam(url.searchParams.get('page')),
		now: new Date()
	});
	if (!data) error(404, 'Not found');
	return { ...data, eventsSlot: await eventsForPage(db(), { organisation: params.slug }) };
};

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
