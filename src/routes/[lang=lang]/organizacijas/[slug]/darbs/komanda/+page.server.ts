import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { isLocale } from '$lib/i18n/locales';
import { requirePermission } from '$lib/server/auth/authorize';
import { can } from '$lib/server/auth/permissions';
import { db } from '$lib/server/db/bootstrap';
import { formValues, parseWith, typedValues } from '$lib/forms/parse';
import { invitationRefSchema, inviteSchema, memberRefSchema, staffChangeSchema } from '$lib/forms/workspace';
import { workspaceOf, workspaceScope } from '$lib/server/workspace/access';
import { teamPage } from '$lib/server/workspace/team-queries';
import { changeStaff, inviteColleague, revokeInvitation } from '$lib/server/workspace/team-flow';

export const load: PageServerLoad = async (event) => {
	const organisation = await workspaceOf(event);
	const principal = await requirePermission(event, 'read:workspace', { organisationId: organisation.id });
	const scope = { organisationId: organisation.id };
	return {
		...(await teamPage(db(), organisation.id, new Date())),
		canInvite: can(principal, 'create:invitation', scope),
		canManage: can(principal, 'update:membership', scope),
		me: principal.userId
	};
};

const localeOf = (lang: string | undefined) => (isLocale(lang) ? lang : 'lv');

export const actions: Actions = {
	invite: async (event) => {
		const principal = await requirePermission(event, 'create:invitation', () => workspaceScope(event));
		const form = await event.request.formData();
		const parsed = parseWith(inviteSchema, formValues(form));
		if (!parsed.ok) return fail(400, { invite: { values: typedValues(form), errors: parsed.errors } });
		const { organisationId } = await workspaceScope(event);
		const result = await inviteColleague(db(), { actorUserId: principal.userId, organisationId, ...parsed.data, locale: localeOf(event.params.lang) });
		if (!result.ok) {
			const errors = { email: result.reason === 'already_member' ? 'already_member' : 'invalid_email' };
			return fail(400, { invite: { values: typedValues(form), errors } });
		}
		return { message: m.workspace_invited({ email: result.email }) };
	},
	revoke: async (event) => {
		const principal = await requirePermission(event, 'delete:invitation', () => workspaceScope(event));
		const parsed = parseWith(invitationRefSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(404, { error: m.workspace_not_found() });
		const { organisationId } = await workspaceScope(event);
		const ok = await revokeInvitation(db(), { actorUserId: principal.userId, organisationId, invitationId: parsed.data.invitation });
		return ok ? { message: m.workspace_invitation_revoked() } : fail(404, { error: m.workspace_not_found() });
	},
	role: async (event) => {
		const principal = await requirePermission(event, 'update:membership', () => workspaceScope(event));
		const parsed = parseWith(staffChangeSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(400, { error: m.form_error_invalid() });
		const { organisationId } = await workspaceScope(event);
		const result = await changeStaff(db(), { actorUserId: principal.userId, organisationId, memberId: parsed.data.member, role: parsed.data.role });
		if (!result.ok) return fail(400, { error: result.reason === 'last_coordinator' ? m.workspace_last_coordinator() : m.workspace_not_found() });
		return { message: m.account_saved() };
	},
	remove: async (event) => {
		const principal = await requirePermission(event, 'delete:membership', () => workspaceScope(event));
		const parsed = parseWith(memberRefSchema, formValues(await event.request.formData()));
		if (!parsed.ok) return fail(404, { error: m.workspace_not_found() });
		const { organisationId } = await workspaceScope(event);
		const result = await changeStaff(db(), { actorUserId: principal.userId, organisationId, memberId: parsed.data.member, role: null });
		if (!result.ok) return fail(400, { error: result.reason === 'last_coordinator' ? m.workspace_last_coordinator() : m.workspace_not_found() });
		return { message: m.workspace_member_removed() };
	}
};
