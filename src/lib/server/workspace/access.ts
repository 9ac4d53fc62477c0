import { error, type RequestEvent } from '@sveltejs/kit';
import type { ResourceScope } from '../auth/permissions';
import { db } from '../db/bootstrap';
import { findWorkspaceOrganisation, type WorkspaceOrganisation } from './organisations-lookup';

/**
 * The row a workspace route acts on: the organisation named by the URL, as a resource scope for
 * `authorize` (organisation reach). An unknown slug is a 404 before any permission is weighed.
 */
export async function workspaceScope(event: Pick<RequestEvent, 'params'>): Promise<ResourceScope & { organisationId: string }> {
	return { organisationId: (await workspaceOf(event)).id };
}

export async function workspaceOf(event: Pick<RequestEvent, 'params'>): Promise<WorkspaceOrganisation> {
	const organisation = await findWorkspaceOrganisation(db(), event.params.slug ?? '');
	if (!organisation) error(404, 'Not found');
	return organisation;
}
