import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { isLocale } from '$lib/i18n/locales';
import { workspaceOrganisation, workspaceOverview } from '$lib/server/workspace/queries';
import { error } from '@sveltejs/kit';

/** The workspace's overview: every section the person's role opens, with its latest items. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOrganisation(db(), event.params.slug);
	if (!organisation) error(404, 'Not found');
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
	return { sections: await workspaceOverview(db(), organisation, principal, locale) };
};
