import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/domain/localized';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { parseContestForm } from '$lib/server/contests/contest-input';
import { contestProjects, saveContest } from '$lib/server/contests/manage-flow';
import { contestsPath } from '$lib/server/contests/route-helpers';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'create:contest', { organisationId: organisation.id });
	const projects = await contestProjects(db(), organisation.id);
	return { projects: projects.map((p) => ({ id: p.id, title: localized(p.title, event.params.lang) })), values: { winners: '1', eligibility: 'email', sourceKind: 'drand' } as Record<string, string> };
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'create:contest', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const form = await event.request.formData();
		const projects = await contestProjects(db(), organisation.id);
		const parsed = parseContestForm(form, { projectIds: new Set(projects.map((p) => p.id)) });
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const saved = await saveContest(db(), { actorUserId: principal.userId, organisationId: organisation.id, contestId: null, data: parsed.data });
		if (!saved.ok) return fail(400, { values: Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])), errors: saved.reason === 'invalid' ? saved.errors : { _form: saved.reason } });
		redirect(303, `${contestsPath(event.params.lang, organisation.slug)}/${saved.id}`);
	}
};
