import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/ids';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { inviteParticipants, remindInvitees } from '$lib/server/surveys/invitation-flow';
import { invitationsPage } from '$lib/server/surveys/invitation-queries';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'send:survey', { organisationId: organisation.id });
	const page = isUuid(event.params.id)
		? await invitationsPage(db(), {
				organisationId: organisation.id,
				surveyId: event.params.id,
				// names and addresses are the participants' data: for those who may read people
				withPeople: can(principal, 'read:person', { organisationId: organisation.id }),
				locale: event.params.lang,
				now: new Date()
			})
		: null;
	if (!page) error(404, 'Not found');
	return page;
};

export const actions: Actions = {
	invite: async (event) => {
		const principal = await requirePermission(event, 'send:survey', () => workspaceScope(event));
		if (!isUuid(event.params.id)) error(404, 'Not found');
		const organisation = await workspaceOf(event);
		const result = await inviteParticipants(db(), { actorUserId: principal.userId, organisationId: organisation.id, surveyId: event.params.id, now: new Date() });
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) return fail(409, { refused: result.reason });
		return { invited: result.invited };
	},
	remind: async (event) => {
		const principal = await requirePermission(event, 'send:survey', () => workspaceScope(event));
		if (!isUuid(event.params.id)) error(404, 'Not found');
		const organisation = await workspaceOf(event);
		const result = await remindInvitees(db(), { actorUserId: principal.userId, organisationId: organisation.id, surveyId: event.params.id, now: new Date() });
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) return fail(409, { refused: result.reason });
		return { reminded: result.reminded };
	}
};
