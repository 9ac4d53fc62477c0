import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { parsePageParam } from '$lib/server/geography/paging';
import { organisationDirectory } from '$lib/server/organisations/queries';

/** ?veids=lag&page=2 — an unknown kind is ignored by the flow. */
export const load: PageServerLoad = ({ params, url }) =>
	organisationDirectory(db(), { kind: url.searchParams.get('veids'), page: parsePageParam(url.searchParams.get('page')) }, params.lang);

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
