import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { eventsForPage } from '$lib/server/events/page-slots';
import { db } from '$lib/server/db/bootstrap';
import { placePage } from '$lib/server/places/queries';

export const load: PageServerLoad = async ({ params }) => {
	// "Open now" is computed for the request time in Europe/Riga, so the HTML is right without client JS.
	const data = await placePage(db(), params.slug, params.lang, new Date());
	if (!data) error(404, 'Not found');
	return { ...data, eventsSlot: await eventsForPage(db(), { place: params.slug }) };
};

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
