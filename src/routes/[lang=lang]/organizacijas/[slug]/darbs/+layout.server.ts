import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { isLocale } from '$lib/i18n/locales';
import { workspaceOrganisation, workspaceTabs } from '$lib/server/workspace/queries';

/** Only the organisation's staff (and admins) get in; the tabs show the sections their role opens. */
export const load: LayoutServerLoad = async (event) => {
	const organisation = await workspaceOrganisation(db(), event.params.slug);
	if (!organisation) error(404, 'Not found');
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
	return {
		workspace: { id: organisation.id, slug: organisation.slug, name: organisation.name, published: organisation.status === 'published' },
		tabs: workspaceTabs(organisation, principal, locale)
	};
};
