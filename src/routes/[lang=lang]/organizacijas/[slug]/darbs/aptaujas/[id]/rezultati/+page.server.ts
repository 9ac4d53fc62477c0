import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';
import { localized } from '$lib/domain/localized';
import { BREAKDOWN_ATTRIBUTES } from '$lib/domain/survey/results';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { setQuote, setResultsPublished } from '$lib/server/surveys/publish-flow';
import { resultsContext } from '$lib/server/surveys/results-access';
import { breakdownOf, loadResults, parseBreakdown, textAnswers } from '$lib/server/surveys/results-queries';
import { workspaceScope } from '$lib/server/workspace/access';

/** Staff's results: every question's chart and table, a breakdown on request, publishing and quotes. */
export const load: PageServerLoad = async (event) => {
	const ctx = await resultsContext(event, 'read:survey_results');
	const loaded = await loadResults(db(), ctx.survey, ctx.locale);
	if (!loaded) error(404, 'Not found');
	const by = parseBreakdown(event.url.searchParams.get('sadalit'));
	const canPublish = ctx.can('publish:survey_results');
	return {
		survey: { id: ctx.survey.id, slug: ctx.survey.slug, title: localized(ctx.survey.title, ctx.locale), status: ctx.survey.status, resultsPublishedAt: ctx.survey.resultsPublishedAt?.toISOString() ?? null },
		results: loaded.results,
		by,
		attributes: BREAKDOWN_ATTRIBUTES,
		breakdown: by ? breakdownOf(loaded, by, ctx.locale) : null,
		canPublish,
		canExport: ctx.can('export:survey_results'),
		// the texts themselves are for staff who may choose quotes; others see only the counts
		texts: canPublish ? textAnswers(loaded) : []
	};
};

type Ev = Parameters<Actions[string]>[0];

/** The flows' input once the guard (each action's first statement) has passed. */
async function surveyOf(event: Ev, actorUserId: string) {
	const { organisationId } = await workspaceScope(event);
	if (!isUuid(event.params.id)) error(404, 'Not found');
	return { actorUserId, organisationId, surveyId: event.params.id };
}

export const actions: Actions = {
	publish: async (event) => {
		const principal = await requirePermission(event, 'publish:survey_results', () => workspaceScope(event));
		const input = await surveyOf(event, principal.userId);
		if (!(await setResultsPublished(db(), { ...input, publish: true }))) return fail(404, {});
		return { published: true };
	},
	unpublish: async (event) => {
		const principal = await requirePermission(event, 'publish:survey_results', () => workspaceScope(event));
		const input = await surveyOf(event, principal.userId);
		if (!(await setResultsPublished(db(), { ...input, publish: false }))) return fail(404, {});
		return { published: false };
	},
	quote: async (event) => {
		const principal = await requirePermission(event, 'publish:survey_results', () => workspaceScope(event));
		const input = await surveyOf(event, principal.userId);
		const form = await event.request.formData();
		const responseId = String(form.get('response') ?? '');
		const questionId = String(form.get('question') ?? '');
		const pick = form.get('pick') === '1';
		if (!isUuid(responseId) || !(await setQuote(db(), { ...input, responseId, questionId, pick }))) return fail(400, {});
		return { quoted: pick };
	}
};
