import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { choice, uuid } from '$lib/forms/fields';
import { formValues, parseWith } from '$lib/forms/parse';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { matchingBoard } from '$lib/server/matching/board-queries';
import { confirmMatch } from '$lib/server/matching/match-flow';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';
import { workspacePath } from '$lib/server/workspace/sections';

/** The matching board of one cohort: staff who may pair people (create:mentoring_match) only. */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	await requirePermission(event, 'create:mentoring_match', { organisationId: organisation.id });
	const board = z.uuid().safeParse(event.params.cohortId).success ? await matchingBoard(db(), { organisationId: organisation.id, cohortId: event.params.cohortId, locale: event.params.lang }) : null;
	if (!board) error(404, 'Not found');
	return { board, confirmed: event.url.searchParams.get('apstiprinats') };
};

const confirmSchema = z.object({ applicationId: uuid(), mentorId: uuid('required'), mode: choice(['proposal', 'swap', 'override']) });

export const actions: Actions = {
	confirm: async (event) => {
		const principal = await requirePermission(event, 'create:mentoring_match', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		if (!z.uuid().safeParse(event.params.cohortId).success) error(404, 'Not found');
		const parsed = parseWith(confirmSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(400, { error: 'choose' as const, applicationId: null });
		const result = await confirmMatch(db(), { actorUserId: principal.userId, organisationId: organisation.id, cohortId: event.params.cohortId, ...parsed.data });
		if (!result.ok) return fail(result.reason === 'not_found' ? 404 : 409, { error: result.reason, applicationId: parsed.data.applicationId });
		redirect(303, `${workspacePath(event.params.lang, organisation.slug, `saparosana/${event.params.cohortId}`)}?apstiprinats=${result.matchId}#pari`);
	}
};
