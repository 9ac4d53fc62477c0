import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { eventsForPage } from '$lib/server/events/page-slots';
import { db } from '$lib/server/db/bootstrap';
import { municipalityPage } from '$lib/server/geography/queries';
import { parsePageParam } from '$lib/server/geography/paging';
import { publicDemandFor } from '$lib/server/insight/public-summary';
import { isLocale } from '$lib/i18n/locales';
import { slotsOfMunicipality } from '$lib/server/programme/slot-queries';

/** A pre-2021 novads (or a later merged one) answers with a permanent redirect to its successor. */
export const load: PageServerLoad = async ({ params, url }) => {
	const result = await municipalityPage(db(), params.slug, params.lang, { page: parsePageParam(url.searchParams.get('page')) });
	if (!result) error(404, 'Not found');
	if (result.kind === 'redirect') redirect(301, `/${params.lang}/novadi/${result.slug}`);
	// projects working here (page slots), upcoming events, and issue 20's opt-in "what people look for here" summary (categories only, counts ≥ 5)
	const [slots, eventsSlot, lookingFor] = await Promise.all([
		slotsOfMunicipality(db(), params.slug, isLocale(params.lang) ? params.lang : 'lv', new Date()),
		eventsForPage(db(), { municipality: params.slug }),
		publicDemandFor(db(), result.data.municipality.slug, params.lang)
	]);
	return { ...result.data, slots, eventsSlot, lookingFor };
};

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
