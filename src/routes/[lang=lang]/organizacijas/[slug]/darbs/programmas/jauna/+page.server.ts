import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { programmeSchema } from '$lib/forms/programmes';
import { programmeChoices } from '$lib/server/programmes/form-choices';
import { saveProgramme } from '$lib/server/programmes/manage-flow';
import { programmesPath } from '$lib/server/programmes/route-helpers';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'create:programme', { organisationId: organisation.id });
	return { choices: await programmeChoices(organisation.id, event.params.lang), values: {} };
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'create:programme', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const form = await event.request.formData();
		const parsed = parseWith(programmeSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values: typedValues(form), errors: parsed.errors });
		const saved = await saveProgramme(db(), { actorUserId: principal.userId, organisationId: organisation.id, programmeId: null, data: parsed.data });
		if (!saved.ok) return fail(400, { values: typedValues(form), errors: saved.reason === 'invalid' ? saved.errors : { _form: 'invalid' } });
		redirect(303, `${programmesPath(event.params.lang, organisation.slug)}/${saved.id}?saglabats=1`);
	}
};
