import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { parsePageParam } from '$lib/server/geography/paging';
import { placeDirectory } from '$lib/server/places/queries';

/** ?veids=coworking&page=2 — an unknown kind is ignored by the flow. */
export const load: PageServerLoad = ({ params, url }) =>
	placeDirectory(db(), { kind: url.searchParams.get('veids'), page: parsePageParam(url.searchParams.get('page')) }, params.lang);

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
