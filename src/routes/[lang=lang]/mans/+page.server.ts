import type { PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { signedIn } from '$lib/server/auth/authorize';
import { myDashboard } from '$lib/server/owner/queries';

/** "Mine": the listings this user manages, with status and changes waiting for review, and open claims. */
export const load: PageServerLoad = async (event) => {
	const principal = signedIn(event);
	return await myDashboard(db(), principal.userId);
};
