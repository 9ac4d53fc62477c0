import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { flatQuestions } from '$lib/domain/survey/builder-ops';
import { surveySettingsSchema } from '$lib/forms/survey';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { countResponses } from '$lib/server/surveys/builder-repository';
import { routeSurvey, settingsValues, surveyChoices, surveysPath } from '$lib/server/surveys/route-helpers';
import { changeSurveyStatus, removeDraftSurvey, saveSurveySettings } from '$lib/server/surveys/settings-flow';
import { findSurveyVersion } from '$lib/server/surveys/surveys-repository';
import { workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const { organisation, survey } = await routeSurvey(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const [definition, responses, choices] = await Promise.all([findSurveyVersion(db(), survey.id, survey.currentVersion), countResponses(db(), survey.id), surveyChoices(organisation.id, event.params.lang)]);
	const scope = { organisationId: organisation.id };
	return {
		survey: { id: survey.id, slug: survey.slug, status: survey.status, version: survey.currentVersion, questions: definition ? flatQuestions(definition).length : 0, responses },
		values: settingsValues(survey),
		choices,
		canEdit: can(principal, 'update:survey', scope),
		canDelete: can(principal, 'delete:survey', scope) && survey.status === 'draft' && responses === 0,
		saved: event.url.searchParams.has('saglabats'),
		changed: event.url.searchParams.get('statuss')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const principal = await requirePermission(event, 'update:survey', () => workspaceScope(event));
		const { organisation, survey } = await routeSurvey(event);
		const form = await event.request.formData();
		const values = typedValues(form);
		const parsed = parseWith(surveySettingsSchema, formValues(form));
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const result = await saveSurveySettings(db(), { actorUserId: principal.userId, organisationId: organisation.id, surveyId: survey.id, data: parsed.data });
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) return fail(400, { values, errors: result.reason === 'invalid' ? result.errors : {} });
		redirect(303, `${surveysPath(event.params.lang, organisation.slug)}/${survey.id}?saglabats=1`);
	},
	status: async (event) => {
		const principal = await requirePermission(event, 'update:survey', () => workspaceScope(event));
		const { organisation, survey } = await routeSurvey(event);
		const to = String((await event.request.formData()).get('to') ?? '');
		if (to !== 'open' && to !== 'closed') return fail(400, { statusError: 'invalid' });
		const result = await changeSurveyStatus(db(), { actorUserId: principal.userId, organisationId: organisation.id, surveyId: survey.id, to });
		if (!result.ok) return fail(400, { statusError: result.reason });
		redirect(303, `${surveysPath(event.params.lang, organisation.slug)}/${survey.id}?statuss=${to}`);
	},
	delete: async (event) => {
		const principal = await requirePermission(event, 'delete:survey', () => workspaceScope(event));
		const { organisation, survey } = await routeSurvey(event);
		const result = await removeDraftSurvey(db(), { actorUserId: principal.userId, organisationId: organisation.id, surveyId: survey.id });
		if (result === 'not_found') error(404, 'Not found');
		if (result === 'not_allowed') return fail(400, { statusError: 'not_allowed' });
		redirect(303, surveysPath(event.params.lang, organisation.slug));
	}
};
