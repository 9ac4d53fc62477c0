import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { programmeSchema } from '$lib/forms/programmes';
import { programmeChoices, programmeValues } from '$lib/server/programmes/form-choices';
import { removeProgramme, saveProgramme } from '$lib/server/programmes/manage-flow';
import { programmesPath, routeProgramme } from '$lib/server/programmes/route-helpers';
import { programmesWithCohorts } from '$lib/server/programmes/staff-queries';
import { workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const { organisation, programme } = await routeProgramme(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const scope = { organisationId: organisation.id };
	const [withCohorts] = await programmesWithCohorts(db(), organisation.id, [programme]);
	return {
		programme: { id: programme.id, slug: programme.slug, kind: programme.kind, status: programme.status, title: programme.title.lv },
		cohorts: withCohorts.cohorts,
		choices: await programmeChoices(organisation.id, event.params.lang),
		values: programmeValues(programme),
		canEdit: can(principal, 'update:programme', scope),
		canDelete: can(principal, 'delete:programme', scope),
		canReview: can(principal, 'read:application', scope),
		saved: event.url.searchParams.has('saglabats')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		const { organisation, programme } = await routeProgramme(event);
		const form = await event.request.formData();
		const parsed = parseWith(programmeSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values: typedValues(form), errors: parsed.errors });
		const saved = await saveProgramme(db(), { actorUserId: principal.userId, organisationId: organisation.id, programmeId: programme.id, data: parsed.data });
		if (!saved.ok && saved.reason === 'not_found') error(404, 'Not found');
		if (!saved.ok) return fail(400, { values: typedValues(form), errors: saved.reason === 'invalid' ? saved.errors : {} });
		redirect(303, `${programmesPath(event.params.lang, organisation.slug)}/${programme.id}?saglabats=1`);
	},
	delete: async (event) => {
		const principal = await requirePermission(event, 'delete:programme', () => workspaceScope(event));
		const { organisation, programme } = await routeProgramme(event);
		await removeProgramme(db(), { actorUserId: principal.userId, organisationId: organisation.id, programmeId: programme.id });
		redirect(303, programmesPath(event.params.lang, organisation.slug));
	}
};
