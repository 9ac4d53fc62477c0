import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { directoryPage } from '$lib/server/producers/queries';

/** Filters come from the query string; the flow validates them, so no parameter can cause a 500. */
export const load: PageServerLoad = ({ params, url }) => directoryPage(db(), url.searchParams, params.lang);

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
