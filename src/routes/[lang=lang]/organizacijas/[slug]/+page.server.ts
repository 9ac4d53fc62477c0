import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { parsePageParam } from '$lib/server/geography/paging';
import { organisationPage } from '$lib/server/organisations/queries';
import { eventsForPage } from '$lib/server/events/page-slots';
import { isLocale } from '$lib/i18n/locales';
import { slotsOfOrganisation } from '$lib/server/programme/slot-queries';

/** ?page=N pages through the organisation's producers; projects and news come from the programme's page slots. */
export const load: PageServerLoad = async ({ params, url }) => {
	const now = new Date();
	const data = await organisationPage(db(), params.slug, params.lang, {
		page: parsePageParam(url.searchParams.get('page')),
		now
	});
	if (!data) error(404, 'Not found');
	const [slots, eventsSlot] = await Promise.all([
		slotsOfOrganisation(db(), params.slug, isLocale(params.lang) ? params.lang : 'lv', now),
		eventsForPage(db(), { organisation: params.slug })
	]);
	return { ...data, slots, eventsSlot };
};

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
