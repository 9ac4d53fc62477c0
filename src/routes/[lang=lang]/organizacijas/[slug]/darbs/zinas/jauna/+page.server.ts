import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { newsFormChoices } from '$lib/server/news/form-data';
import { submitNews } from '$lib/server/news/save-action';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'create:news', { organisationId: organisation.id });
	const project = event.url.searchParams.get('projekts') ?? '';
	return { choices: await newsFormChoices(db(), organisation.id, event.params.lang), values: { lang: event.params.lang, project } };
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'create:news', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		return submitNews(event, { userId: principal.userId, organisationId: organisation.id, organisationSlug: organisation.slug, newsId: null });
	}
};
