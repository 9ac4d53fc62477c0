import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { parsePageParam } from '$lib/server/geography/paging';
import { salesPointDirectory } from '$lib/server/sales-points/queries';

/** ?veids=market&novads=siguldas-novads&page=2 — unknown values are ignored by the flow. */
export const load: PageServerLoad = ({ params, url }) =>
	salesPointDirectory(
		db(),
		{
			kind: url.searchParams.get('veids'),
			municipality: url.searchParams.get('novads'),
			page: parsePageParam(url.searchParams.get('page'))
		},
		params.lang
	);

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
