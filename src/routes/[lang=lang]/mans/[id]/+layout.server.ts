import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { authorizeDashboard } from '$lib/server/owner/access';
import { listingSummary } from '$lib/server/owner/queries';

/** One listing's dashboard: only its owners (and moderators) get here. */
export const load: LayoutServerLoad = async (event) => {
	const { producerId } = await authorizeDashboard(event, db());
	const listing = await listingSummary(db(), producerId);
	if (!listing) error(404, 'Not found');
	return { listing };
};
