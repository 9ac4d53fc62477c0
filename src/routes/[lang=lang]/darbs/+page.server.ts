import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { myWorkspaces } from '$lib/server/workspace/queries';

/** "My workspaces": the organisations a person works for (every one for an admin); one goes straight in. */
export const load: PageServerLoad = async (event) => {
	const principal = await requirePermission(event, 'read:account', { userId: event.locals.principal?.userId });
	const workspaces = await myWorkspaces(db(), principal);
	if (workspaces.length === 1 && principal.memberships.length === 1) redirect(303, `/${event.params.lang}/organizacijas/${workspaces[0].slug}/darbs`);
	return { workspaces: workspaces.map((w) => ({ slug: w.slug, name: w.name, role: principal.memberships.find((mb) => mb.organisationId === w.id)?.role ?? null })) };
};
