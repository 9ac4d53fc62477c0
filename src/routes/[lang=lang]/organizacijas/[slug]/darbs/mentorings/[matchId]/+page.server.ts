import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localized } from '$lib/domain/localized';
import { parseWith } from '$lib/forms/parse';
import { authorize, requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { endForm } from '$lib/server/mentoring/pair-forms';
import { listGoals, listResources, listSessions } from '$lib/server/mentoring/pairs-repository';
import { closePair, ownPair } from '$lib/server/mentoring/staff-flow';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

/**
 * One pair for staff. Session notes, next steps and shared files are read only for the
 * organisation's coordinator (read:mentoring_notes): an editor's page never receives them.
 */
export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:application', { organisationId: organisation.id });
	const pair = await ownPair(db(), organisation.id, event.params.matchId);
	if (!pair) error(404, 'Not found');
	const notes = can(principal, 'read:mentoring_notes', { organisationId: organisation.id });
	const [goals, sessions, resources] = await Promise.all([listGoals(db(), pair.id), listSessions(db(), pair.id, notes), notes ? listResources(db(), pair.id) : []]);
	return {
		notes,
		canDecide: can(principal, 'update:mentoring_match', { organisationId: organisation.id }),
		pair: {
			id: pair.id,
			status: pair.status,
			mentee: pair.menteeName,
			mentor: pair.mentorName,
			cohort: localized(pair.cohortTitle, event.params.lang),
			programme: localized(pair.programmeTitle, event.params.lang),
			startsOn: pair.cohortStartsOn,
			endsOn: pair.cohortEndsOn,
			endedOn: pair.endedOn,
			endReason: pair.endReason,
			menteeFeedback: pair.menteeFeedback,
			menteeRating: pair.menteeRating,
			mentorFeedback: pair.mentorFeedback,
			mentorRating: pair.mentorRating
		},
		goals: goals.map((g) => ({ id: g.id, kind: g.kind, title: g.title, dueOn: g.dueOn, done: g.doneAt !== null })),
		sessions,
		resources: resources.map((r) => ({ id: r.id, title: r.title, url: r.url, fileName: r.fileName }))
	};
};

export const actions: Actions = {
	complete: async (event) => {
		const principal = await authorize(event, 'update:mentoring_match', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const result = await closePair(db(), { actorUserId: principal!.userId, organisationId: organisation.id, matchId: event.params.matchId, status: 'completed', reason: null });
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) return fail(409, { notActive: true });
		redirect(303, event.url.pathname);
	},
	end: async (event) => {
		const principal = await authorize(event, 'update:mentoring_match', () => workspaceScope(event));
		const organisation = await workspaceOf(event);
		const parsed = parseWith(endForm, Object.fromEntries(await event.request.formData()));
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const result = await closePair(db(), { actorUserId: principal!.userId, organisationId: organisation.id, matchId: event.params.matchId, status: 'ended', reason: parsed.data.reason });
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) return fail(409, { notActive: true });
		redirect(303, event.url.pathname);
	}
};
