import type { PageServerLoad } from './$types';
import { isLocale } from '$lib/i18n/locales';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { workspaceContests } from '$lib/server/contests/queries';
import { workspaceOf } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const lang = isLocale(event.params.lang) ? event.params.lang : 'lv';
	return {
		contests: await workspaceContests(db(), organisation.id, lang),
		canCreate: can(principal, 'create:contest', { organisationId: organisation.id })
	};
};
