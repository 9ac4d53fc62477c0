import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { changeApplicationForm } from '$lib/server/programmes/form-flow';
import { programmesPath, routeCohort } from '$lib/server/programmes/route-helpers';
import { builderSteps, builderView, type BuilderStep } from '$lib/server/surveys/builder-steps';
import { questionName } from '$lib/server/surveys/builder-view';
import { workspaceScope } from '$lib/server/workspace/access';

/**
 * A cohort's application form, edited with the survey builder: the same pure operations, the same
 * form reading (builder-steps.ts) and the same components (SurveySectionBlock posts to these action
 * names), saved on the cohort in place.
 */
export const load: PageServerLoad = async (event) => {
	const { organisation, programme, cohort } = await routeCohort(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const definition = cohort.applicationForm;
	return {
		programme: { id: programme.id, title: programme.title.lv },
		cohort: { id: cohort.id, title: cohort.title.lv },
		definition,
		...builderView(definition, event.url, event.params.lang),
		canEdit: can(principal, 'update:programme', { organisationId: organisation.id }),
		saved: event.url.searchParams.has('saglabats')
	};
};

/** Saves a step's change; on success back to the page (same language, at the question), else the page with the refusal. */
async function run(event: RequestEvent, userId: string, step: BuilderStep) {
	if ('failed' in step) return step.failed;
	const { op, change, at } = step;
	const { organisation, programme, cohort } = await routeCohort(event);
	const result = await changeApplicationForm(db(), { actorUserId: userId, organisationId: organisation.id, programmeId: programme.id, cohortId: cohort.id, op, change });
	if (!result.ok) {
		if (result.reason === 'invalid') return fail(400, { op, target: at.target, values: at.values, errors: result.errors });
		return fail(400, { op, target: at.target, values: at.values, errors: {}, refusal: { error: result.reason === 'refused' ? result.error : 'invalid', question: questionName(cohort.applicationForm, result.reason === 'refused' ? result.detail : undefined) } });
	}
	const q = at.question?.();
	const params = new URLSearchParams({ valoda: at.lang, ...(q ? { jautajums: q } : {}), saglabats: '1' });
	redirect(303, `${programmesPath(event.params.lang ?? 'lv', organisation.slug)}/${programme.id}/kohortas/${cohort.id}/jautajumi?${params}${q ? `#${q}` : ''}`);
}

export const actions: Actions = {
	addSection: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.addSection(await event.request.formData()));
	},
	renameSection: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.renameSection(await event.request.formData()));
	},
	deleteSection: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.deleteSection(await event.request.formData()));
	},
	moveSection: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.moveSection(await event.request.formData()));
	},
	addQuestion: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.addQuestion(await event.request.formData()));
	},
	saveQuestion: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.saveQuestion(await event.request.formData()));
	},
	moveQuestion: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.moveQuestion(await event.request.formData()));
	},
	deleteQuestion: async (event) => {
		const principal = await requirePermission(event, 'update:programme', () => workspaceScope(event));
		return run(event, principal.userId, builderSteps.deleteQuestion(await event.request.formData()));
	}
};
