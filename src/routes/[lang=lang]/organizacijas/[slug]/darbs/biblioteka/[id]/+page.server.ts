import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { removeLibraryItem } from '$lib/server/library/flow';
import { usageOf } from '$lib/server/library/usage-repository';
import { libraryFormChoices, libraryFormValues, submitLibraryItem } from '$lib/server/library/save-action';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'update:library_item', { organisationId: organisation.id });
	const found = isUuid(event.params.id) ? await libraryFormValues(event.params.id, organisation.id) : null;
	if (!found) error(404, 'Not found');
	return {
		...found,
		saved: event.url.searchParams.has('saglabats'),
		canDelete: can(principal, 'delete:library_item', { organisationId: organisation.id }),
		// the item's months, newest first, for those who may read them
		usage: can(principal, 'read:library_usage', { organisationId: organisation.id }) ? await usageOf(db(), event.params.id) : null,
		choices: await libraryFormChoices(organisation.id, event.params.lang)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'update:library_item', () => workspaceScope(event));
		if (!isUuid(event.params.id)) error(404, 'Not found');
		const organisation = await workspaceOf(event);
		return submitLibraryItem(event, { userId: principal.userId, organisationId: organisation.id, organisationSlug: organisation.slug, itemId: event.params.id });
	},
	delete: async (event) => {
		const principal = await requirePermission(event, 'delete:library_item', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const ok = isUuid(event.params.id) && (await removeLibraryItem(db(), { actorUserId: principal.userId, organisationId: organisation.id, itemId: event.params.id }));
		if (!ok) return fail(404, { values: {}, errors: {} });
		redirect(303, `/${event.params.lang}/organizacijas/${organisation.slug}/darbs/biblioteka`);
	}
};
