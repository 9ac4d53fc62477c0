import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { listNewsForWorkspace } from '$lib/server/news/news-repository';
import { workspaceOf } from '$lib/server/workspace/access';

/** Every post of the organisation, drafts included, newest change first. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const rows = await listNewsForWorkspace(db(), organisation.id);
	return {
		canCreate: can(principal, 'create:news', { organisationId: organisation.id }),
		posts: rows.map((n) => ({ id: n.id, slug: n.slug, title: n.title, lang: n.lang, status: n.status, publishedAt: n.publishedAt?.toISOString() ?? null }))
	};
};
