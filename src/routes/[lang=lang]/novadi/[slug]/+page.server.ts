import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { municipalityPage } from '$lib/server/geography/queries';
import { parsePageParam } from '$lib/server/geography/paging';
import { isLocale } from '$lib/i18n/locales';
import { slotsOfMunicipality } from '$lib/server/programme/slot-queries';

/** A pre-2021 novads (or a later merged one) answers with a permanent redirect to its successor. */
export const load: PageServerLoad = async ({ params, url }) => {
	const result = await municipalityPage(db(), params.slug, params.lang, { page: parsePageParam(url.searchParams.get('page')) });
	if (!result) error(404, 'Not found');
	if (result.kind === 'redirect') redirect(301, `/${params.lang}/novadi/${result.slug}`);
	// projects working here (later: upcoming events), registered by the programme features
	return { ...result.data, slots: await slotsOfMunicipality(db(), params.slug, isLocale(params.lang) ? params.lang : 'lv', new Date()) };
};
