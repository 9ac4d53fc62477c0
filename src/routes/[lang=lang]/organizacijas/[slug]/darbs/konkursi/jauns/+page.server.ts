import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { contestProjects } from '$lib/server/contests/manage-flow';
import { contestScope, saveContestForm } from '$lib/server/contests/route-helpers';
import { workspaceOf } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'create:contest', { organisationId: organisation.id });
	return { projects: await contestProjects(db(), organisation.id, event.params.lang), values: { winners: '1', eligibility: 'email', sourceKind: 'drand' } as Record<string, string> };
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'create:contest', () => contestScope(event));
		return saveContestForm(event, principal, null);
	}
};
