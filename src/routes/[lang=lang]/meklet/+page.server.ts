import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { searchPort } from '$lib/server/search';

/** Bad parameters never fail the page: they come back as notices and are ignored. */
export const load: PageServerLoad = ({ params, url }) => searchPort().searchPage(db(), url.searchParams, params.lang);

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
