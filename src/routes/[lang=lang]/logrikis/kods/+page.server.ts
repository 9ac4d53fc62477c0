import type { PageServerLoad } from './$types';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { db } from '$lib/server/db/bootstrap';
import { directoryPage } from '$lib/server/producers/queries';

/**
 * The snippet generator: a GET form (works without JavaScript) whose values become the widget URL.
 * The directory flow validates the filters, so a stale link shows the unfiltered widget.
 */
export const load: PageServerLoad = async ({ params, url }) => {
	const dir = await directoryPage(db(), url.searchParams, params.lang);
	const wl = url.searchParams.get('wl');
	return {
		selection: { ...dir.selection, sort: 'name' as const },
		options: dir.options,
		widgetLang: (wl && isLocale(wl) ? wl : params.lang) as Locale
	};
};
