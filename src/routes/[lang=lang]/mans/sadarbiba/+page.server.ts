import type { PageServerLoad } from './$types';
import { signedIn } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { inbox } from '$lib/server/cooperation-interest/queries';

/** The cooperation inbox: interests received on one's profiles and those one sent, with their status (never contacts). */
export const load: PageServerLoad = async (event) => {
	const principal = signedIn(event);
	return await inbox(db(), principal, event.params.lang);
};
