import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { surveySettingsSchema } from '$lib/forms/survey';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { surveyChoices, surveysPath } from '$lib/server/surveys/route-helpers';
import { createSurvey } from '$lib/server/surveys/settings-flow';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'create:survey', { organisationId: organisation.id });
	return { choices: await surveyChoices(organisation.id, event.params.lang), values: {} };
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'create:survey', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const form = await event.request.formData();
		const values = typedValues(form);
		const parsed = parseWith(surveySettingsSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const result = await createSurvey(db(), { actorUserId: principal.userId, organisationId: organisation.id, data: parsed.data });
		if (!result.ok) return fail(400, { values, errors: result.reason === 'invalid' ? result.errors : {} });
		// straight to the questions: a new survey is an empty section
		redirect(303, `${surveysPath(event.params.lang, organisation.slug)}/${result.id}/jautajumi`);
	}
};
