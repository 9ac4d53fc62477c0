import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { homePage } from '$lib/server/producers/queries';

export const load: PageServerLoad = ({ params }) => homePage(db(), params.lang);

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
