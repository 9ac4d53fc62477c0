import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { cohortSchema } from '$lib/forms/programmes';
import { saveCohort } from '$lib/server/programmes/manage-flow';
import { programmesPath, routeProgramme } from '$lib/server/programmes/route-helpers';
import { workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const { organisation, programme } = await routeProgramme(event);
	await requirePermission(event, 'update:programme', { organisationId: organisation.id });
	return { programme: { id: programme.id, title: programme.title.lv }, values: { languages: ['lv'], nudgeWeeks: '3' } };
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		const { organisation, programme } = await routeProgramme(event);
		const form = await event.request.formData();
		const parsed = parseWith(cohortSchema, { ...formValues(form), languages: form.getAll('languages') });
		if (!parsed.ok) return fail(400, { values: typedValues(form), errors: parsed.errors });
		const saved = await saveCohort(db(), { actorUserId: principal.userId, organisationId: organisation.id, programmeId: programme.id, cohortId: null, data: parsed.data });
		if (!saved.ok) error(404, 'Not found');
		redirect(303, `${programmesPath(event.params.lang, organisation.slug)}/${programme.id}/kohortas/${saved.id}/jautajumi`);
	}
};
