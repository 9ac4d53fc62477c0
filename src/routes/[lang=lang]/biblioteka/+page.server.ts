import type { PageServerLoad } from './$types';
import { isLocale } from '$lib/i18n/locales';
import { db } from '$lib/server/db/bootstrap';
import { parsePageParam } from '$lib/server/geography/paging';
import { libraryDirectory } from '$lib/server/library/public-queries';

/** ?tema=&valoda=&veids=&page=N — published materials, newest first; a filter naming nothing shows none. */
export const load: PageServerLoad = async ({ params, url }) => {
	const q = (k: string) => url.searchParams.get(k) || null;
	const locale = isLocale(params.lang) ? params.lang : 'lv';
	return libraryDirectory(db(), { topic: q('tema'), language: q('valoda'), kind: q('veids'), page: parsePageParam(q('page')) }, locale);
};
