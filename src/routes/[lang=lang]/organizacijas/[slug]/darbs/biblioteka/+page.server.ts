import type { PageServerLoad } from './$types';
import { localized, localizedLang } from '$lib/domain/localized';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { listLibraryItemsForWorkspace } from '$lib/server/library/items-repository';
import { usageTotals } from '$lib/server/library/usage-repository';
import { workspaceOf } from '$lib/server/workspace/access';

/** Every library item of the organisation, drafts included, newest change first. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const lang = event.params.lang;
	const rows = await listLibraryItemsForWorkspace(db(), organisation.id);
	// views and downloads only for those who may read them (read:library_usage)
	const usage = can(principal, 'read:library_usage', { organisationId: organisation.id }) ? await usageTotals(db(), rows.map((r) => r.id)) : null;
	return {
		canCreate: can(principal, 'create:library_item', { organisationId: organisation.id }),
		items: rows.map((item) => ({
			id: item.id,
			kind: item.kind,
			title: localized(item.title, lang),
			titleLang: localizedLang(item.title, lang),
			status: item.status,
			usage: usage ? (usage.get(item.id) ?? { views: 0, downloads: 0 }) : null
		}))
	};
};
