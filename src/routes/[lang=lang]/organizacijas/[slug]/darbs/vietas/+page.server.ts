import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { hostPlaces } from '$lib/server/communities/host-queries';
import { workspaceOf } from '$lib/server/workspace/access';

/** The places this organisation runs (places.operator_id), each with its new visit requests counted. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'read:visit_request', { organisationId: organisation.id });
	return { places: await hostPlaces(db(), organisation.id) };
};
