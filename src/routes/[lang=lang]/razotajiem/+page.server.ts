import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { findToClaim } from '$lib/server/owner/queries';

/** For producers: what they get, then "create a new listing" or "find and claim yours" (?q=). */
export const load: PageServerLoad = async ({ url, params, locals }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 100);
	return {
		signedIn: !!locals.principal,
		q,
		found: q ? await findToClaim(db(), q, params.lang) : null
	};
};

/** No SvelteKit client here: the page is complete without JavaScript, islands add the rest (decision 007). */
export const csr = false;
