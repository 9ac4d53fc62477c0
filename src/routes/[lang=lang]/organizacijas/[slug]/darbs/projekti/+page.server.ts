import type { PageServerLoad } from './$types';
import { localized, localizedLang } from '$lib/domain/localized';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { listProjectsForWorkspace } from '$lib/server/projects/projects-repository';
import { workspaceOf } from '$lib/server/workspace/access';

/** Every project of the organisation, drafts included, newest change first. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const lang = event.params.lang;
	const rows = await listProjectsForWorkspace(db(), organisation.id);
	return {
		canCreate: can(principal, 'create:project', { organisationId: organisation.id }),
		projects: rows.map((p) => ({ id: p.id, slug: p.slug, title: localized(p.title, lang), titleLang: localizedLang(p.title, lang), status: p.status, startsOn: p.startsOn, endsOn: p.endsOn }))
	};
};
