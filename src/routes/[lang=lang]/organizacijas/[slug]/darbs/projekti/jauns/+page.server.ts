import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { projectFormChoices } from '$lib/server/projects/form-data';
import { moreProjectRows, submitProject } from '$lib/server/projects/save-action';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'create:project', { organisationId: organisation.id });
	return { choices: await projectFormChoices(db(), event.params.lang), values: {}, logos: [] };
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'create:project', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		return submitProject(event, { userId: principal.userId, organisationId: organisation.id, organisationSlug: organisation.slug, projectId: null });
	},
	rows: async (event) => {
		await requirePermission(event, 'create:project', () => workspaceScope(event));
		return moreProjectRows(event);
	}
};
