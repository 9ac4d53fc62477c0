import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
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

/** Invite or remind (each action checks its permission first): the same refusals; the flow's count comes back to the page. */
async function send(event: RequestEvent, principal: { userId: string }, flow: typeof inviteParticipants | typeof remindInvitees, count: 'invited' | 'reminded') {
	if (!isUuid(event.params.id)) error(404, 'Not found');
	const organisation = await workspaceOf(event);
	const result = await flow(db(), { actorUserId: principal.userId, organisationId: organisation.id, surveyId: event.params.id, now: new Date() });
	if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
	if (!result.ok) return fail(409, { refused: result.reason });
	return { [count]: 'invited' in result ? result.invited : result.reminded } as { invited?: number; reminded?: number };
}

export const actions: Actions = {
	invite: async (event) => {
		const principal = await requirePermission(event, 'send:survey', () => workspaceScope(event));
		return send(event, principal, inviteParticipants, 'invited');
	},
	remind: async (event) => {
		const principal = await requirePermission(event, 'send:survey', () => workspaceScope(event));
		return send(event, principal, remindInvitees, 'reminded');
	}
};
