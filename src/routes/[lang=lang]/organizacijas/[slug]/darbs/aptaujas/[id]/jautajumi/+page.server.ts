import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import type { SurveyDefinition } from '$lib/domain/survey/types';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { changeDefinition } from '$lib/server/surveys/builder-flow';
import { builderSteps, builderView, type BuilderStep } from '$lib/server/surveys/builder-steps';
import { questionName } from '$lib/server/surveys/builder-view';
import { routeSurvey, surveysPath } from '$lib/server/surveys/route-helpers';
import { findSurveyVersion } from '$lib/server/surveys/surveys-repository';
import { workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const { organisation, survey } = await routeSurvey(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const definition = (await findSurveyVersion(db(), survey.id, survey.currentVersion))!;
	return {
		survey: { id: survey.id, title: survey.title.lv, version: survey.currentVersion, status: survey.status },
		definition,
		...builderView(definition, event.url, event.params.lang),
		canEdit: can(principal, 'update:survey', { organisationId: organisation.id }),
		notice: event.url.searchParams.get('versija') ? { version: Number(event.url.searchParams.get('versija')), previous: Number(event.url.searchParams.get('versija')) - 1 } : null,
		saved: event.url.searchParams.has('saglabats')
	};
};

/** Saves a step's change; on success back to the page (in the same language, at the question), else the page with the refusal. */
async function run(event: RequestEvent, userId: string, step: BuilderStep) {
	if ('failed' in step) return step.failed;
	const { op, change, at } = step;
	const { organisation, survey } = await routeSurvey(event);
	const result = await changeDefinition(db(), { actorUserId: userId, organisationId: organisation.id, surveyId: survey.id, op, change });
	if (!result.ok) {
		if (result.reason === 'invalid') return fail(400, { op, target: at.target, values: at.values, errors: result.errors });
		const definition = (await findSurveyVersion(db(), survey.id, survey.currentVersion)) as SurveyDefinition;
		return fail(400, { op, target: at.target, values: at.values, errors: {}, refusal: { error: result.reason === 'refused' ? result.error : 'invalid', question: questionName(definition, result.reason === 'refused' ? result.detail : undefined) } });
	}
	const q = at.question?.();
	const params = new URLSearchParams({ valoda: at.lang, ...(q ? { jautajums: q } : {}), ...(result.newVersion ? { versija: String(result.version) } : { saglabats: '1' }) });
	redirect(303, `${surveysPath(event.params.lang ?? 'lv', organisation.slug)}/${survey.id}/jautajumi?${params}${q ? `#${q}` : ''}`);
}

export const actions: Actions = {
	addSection: async (event) => {
		const principal = await requirePermission(event, 'update:survey', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.addSection(await event.request.formData()));
	},
	renameSection: async (event) => {
		const principal = await requirePermission(event, 'update:survey', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.renameSection(await event.request.formData()));
	},
	deleteSection: async (event) => {
		const principal = await requirePermission(event, 'update:survey', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.deleteSection(await event.request.formData()));
	},
	moveSection: async (event) => {
		const principal = await requirePermission(event, 'update:survey', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.moveSection(await event.request.formData()));
	},
	addQuestion: async (event) => {
		const principal = await requirePermission(event, 'update:survey', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.addQuestion(await event.request.formData()));
	},
	saveQuestion: async (event) => {
		const principal = await requirePermission(event, 'update:survey', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.saveQuestion(await event.request.formData()));
	},
	moveQuestion: async (event) => {
		const principal = await requirePermission(event, 'update:survey', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.moveQuestion(await event.request.formData()));
	},
	deleteQuestion: async (event) => {
		const principal = await requirePermission(event, 'update:survey', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.deleteQuestion(await event.request.formData()));
	}
};
