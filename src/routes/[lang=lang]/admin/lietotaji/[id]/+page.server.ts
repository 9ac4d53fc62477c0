import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { requirePermission, authorize } from '$lib/server/auth/authorize';
import { ROLES, type Role } from '$lib/server/auth/permissions';
import { positiveInt4 } from '$lib/domain/ids';
import { grantRole, revokeRole, userForAdmin } from '$lib/server/admin/flows';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await authorize(event, 'read:user');
	const found = await userForAdmin(event.params.id);
	if (!found) error(404, 'Not found');
	return {
		user: { id: found.user.id, name: found.user.name, email: found.user.email, emailVerified: found.user.emailVerified, createdAt: found.user.createdAt },
		roles: found.roles,
		organisations: found.organisations,
		assignable: ROLES
	};
};

const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

export const actions: Actions = {
	grant: async (event) => {
		const admin = await requirePermission(event, 'update:user');
		const form = await event.request.formData();
		const role = form.get('role');
		const organisationId = String(form.get('organisationId') ?? '') || null;
		if (!isRole(role)) return fail(400, { message: m.admin_role_invalid(), ok: false });
		const result = await grantRole(admin.userId, event.params.id, role, organisationId);
		if (result === 'no_user') error(404, 'Not found');
		if (result === 'needs_organisation') return fail(400, { message: m.admin_role_needs_organisation(), ok: false });
		if (result === 'no_organisation') return fail(400, { message: m.admin_role_unknown_organisation(), ok: false });
		return { message: result === 'exists' ? m.admin_role_exists() : m.admin_role_granted(), ok: true };
	},
	revoke: async (event) => {
		const admin = await requirePermission(event, 'update:user');
		const form = await event.request.formData();
		const roleId = positiveInt4(form.get('roleId'));
		if (roleId === null) return fail(400, { message: m.admin_role_invalid(), ok: false });
		const removed = await revokeRole(admin.userId, event.params.id, roleId);
		if (!removed) return fail(404, { message: m.admin_role_invalid(), ok: false });
		return { message: m.admin_role_revoked(), ok: true };
	}
};
