import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requirePermission } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { acceptInvitation, invitationByToken } from '$lib/server/workspace/team-flow';

/**
 * The invitation link. Anyone may read what it invites to; joining takes an account with the
 * invited address (sign in or sign up first, then open the link again and press the button —
 * a button, so mail scanners that open links accept nothing).
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const token = url.searchParams.get('token') ?? '';
	const view = await invitationByToken(db(), token);
	const principal = locals.principal;
	return {
		token,
		invitation: view ? { state: view.state, email: view.email, role: view.role, organisation: view.organisation.name } : null,
		signedInAs: principal?.email ?? null,
		matches: !!principal && !!view && principal.email.toLowerCase() === view.email
	};
};

const tokenOf = (url: URL) => url.searchParams.get('token') ?? '';

async function invitationScope(token: string) {
	const view = await invitationByToken(db(), token);
	if (!view) error(404, 'Not found');
	return { email: view.email };
}

export const actions: Actions = {
	default: async (event) => {
		const principal = await requirePermission(event, 'accept:invitation', () => invitationScope(tokenOf(event.url)));
		const token = tokenOf(event.url);
		const result = await acceptInvitation(db(), { userId: principal.userId, email: principal.email, token });
		if (result.ok) redirect(303, `/${event.params.lang}/organizacijas/${result.organisationSlug}/darbs`);
		const text = { invalid: m.workspace_invitation_invalid, expired: m.workspace_invitation_expired, accepted: m.workspace_invitation_used, revoked: m.workspace_invitation_revoked_state, wrong_account: m.workspace_invitation_wrong_account }[result.reason];
		return fail(400, { error: text() });
	}
};
