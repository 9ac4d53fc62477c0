import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { programmesWithCohorts } from '$lib/server/programmes/staff-queries';
import { workspaceOf } from '$lib/server/workspace/access';

/** The organisation's programmes in Latvian order, each with its cohorts and how many applied. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	return {
		programmes: await programmesWithCohorts(db(), organisation.id),
		canCreate: can(principal, 'create:programme', { organisationId: organisation.id })
	};
};
