import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { libraryFormChoices, submitLibraryItem } from '$lib/server/library/save-action';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'create:library_item', { organisationId: organisation.id });
	return { choices: await libraryFormChoices(organisation.id, event.params.lang), values: {} };
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'create:library_item', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		return submitLibraryItem(event, { userId: principal.userId, organisationId: organisation.id, organisationSlug: organisation.slug, itemId: null });
	}
};
