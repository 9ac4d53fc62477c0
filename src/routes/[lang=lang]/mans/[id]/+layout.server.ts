import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { authorizeDashboard } from '$lib/server/owner/access';
import { listingSummary } from '$lib/server/owner/queries';
import { can } from '$lib/server/auth/permissions';

/** One listing's dashboard: only its owners (and moderators) get here. */
export const load: LayoutServerLoad = async (event) => {
	const { principal, producerId } = await authorizeDashboard(event, db());
	const listing = await listingSummary(db(), producerId);
	if (!listing) error(404, 'Not found');
	// the cooperation tab is for the listing's owners (a moderator reaches the dashboard, not its profiles)
	return { listing, cooperation: can(principal, 'update:cooperation_profile', { producerId }) };
};
