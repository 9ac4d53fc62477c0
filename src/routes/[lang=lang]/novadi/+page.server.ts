import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { municipalityIndex } from '$lib/server/geography/queries';

export const load: PageServerLoad = ({ params }) => municipalityIndex(db(), params.lang);

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
