import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { deleteNews } from '$lib/server/news/flow';
import { newsFormChoices, newsFormValues } from '$lib/server/news/form-data';
import { submitNews } from '$lib/server/news/save-action';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'update:news', { organisationId: organisation.id });
	if (!UUID.test(event.params.id)) error(404, 'Not found');
	const found = await newsFormValues(db(), event.params.id, organisation.id);
	if (!found) error(404, 'Not found');
	return {
		...found,
		saved: event.url.searchParams.has('saglabats'),
		canDelete: can(principal, 'delete:news', { organisationId: organisation.id }),
		choices: await newsFormChoices(db(), organisation.id, event.params.lang)
	};
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'update:news', () => workspaceScope(event));
		if (!UUID.test(event.params.id)) error(404, 'Not found');
		const organisation = await workspaceOf(event);
		return submitNews(event, { userId: principal.userId, organisationId: organisation.id, organisationSlug: organisation.slug, newsId: event.params.id });
	},
	delete: async (event) => {
		const principal = await requirePermission(event, 'delete:news', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const ok = UUID.test(event.params.id) && (await deleteNews(db(), { actorUserId: principal.userId, organisationId: organisation.id, newsId: event.params.id }));
		if (!ok) return fail(404, { values: {}, errors: {}, imageError: m.workspace_not_found() });
		redirect(303, `/${event.params.lang}/organizacijas/${organisation.slug}/darbs/zinas`);
	}
};
