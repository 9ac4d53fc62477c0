import type { PageServerLoad } from './$types';
import { localized } from '$lib/domain/localized';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { listOrganisationPairs } from '$lib/server/mentoring/staff-queries';
import { workspaceOf } from '$lib/server/workspace/access';

/** The organisation's pairs for its staff: how each goes, never what was said (no notes here). */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:application', { organisationId: organisation.id });
	const rows = await listOrganisationPairs(db(), organisation.id);
	return {
		canSeeOutcomes: can(principal, 'read:programme_outcomes', { organisationId: organisation.id }),
		pairs: rows.map((r) => ({ ...r, cohortTitle: localized(r.cohortTitle, event.params.lang) }))
	};
};
