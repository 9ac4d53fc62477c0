import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { workspaceEvents } from '$lib/server/events/workspace-queries';
import { workspaceOf } from '$lib/server/workspace/access';

/** The organisation's events, upcoming and past, with registration and attendance counts. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:event', { organisationId: organisation.id });
	return { ...(await workspaceEvents(db(), organisation.id, new Date())), canCreate: can(principal, 'create:event', { organisationId: organisation.id }) };
};
