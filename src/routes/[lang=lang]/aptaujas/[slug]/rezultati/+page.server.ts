import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { localized } from '$lib/domain/localized';
import { isLocale } from '$lib/i18n/locales';
import { db } from '$lib/server/db/bootstrap';
import { publishedResults } from '$lib/server/surveys/results-queries';
import { publicResultsView } from '$lib/server/surveys/public-results';

/**
 * A survey's published results: charts and tables with their bases, free-text answers only as the
 * quotes an editor chose, no breakdowns. 404 until the results are published.
 */
export const load: PageServerLoad = async (event) => {
	const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
	const loaded = await publishedResults(db(), event.params.slug, locale);
	if (!loaded) error(404, 'Not found');
	return { title: localized(loaded.survey.title, locale), ...publicResultsView(loaded, locale) };
};

/** A public page without SvelteKit's client (decision 007): charts and tables are server-drawn. */
export const csr = false;
