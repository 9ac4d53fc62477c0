import { cleanText } from '$lib/text/clean';
import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { authorize, requirePermission } from '$lib/server/auth/authorize';
import { accountOverview, eraseAccount, renameAccount } from '$lib/server/auth/account';
import { signOut, signOutEverywhere } from '$lib/server/auth/flows';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const principal = await requirePermission(event, 'read:account', { userId: event.locals.principal?.userId });
	const overview = await accountOverview(principal.userId);
	if (!overview) error(404, 'Not found');
	return {
		account: { name: overview.user.name, email: overview.user.email, createdAt: overview.user.createdAt, roles: principal.roles },
		sessions: overview.sessions.map((s) => ({
			id: s.id,
			current: s.id === event.locals.sessionId,
			createdAt: s.createdAt,
			lastUsedAt: s.updatedAt,
			userAgent: s.userAgent
		}))
	};
};

export const actions: Actions = {
	name: async (event) => {
		const principal = await requirePermission(event, 'update:account', { userId: event.locals.principal?.userId });
		const form = await event.request.formData();
		const name = cleanText(form.get('name'));
		if (!name || name.length > 120) return fail(400, { form: 'name' as const, values: { name }, errors: { name: m.auth_error_name() } as Record<string, string> });
		await renameAccount(principal.userId, name);
		return { form: 'name' as const, values: { name }, errors: {} as Record<string, string>, saved: true };
	},
	signOut: async (event) => {
		await authorize(event, 'delete:session', { userId: event.locals.principal?.userId });
		await signOut(event);
		redirect(303, `/${event.params.lang}`);
	},
	delete: async (event) => {
		const principal = await requirePermission(event, 'delete:account', { userId: event.locals.principal?.userId });
		const form = await event.request.formData();
		if (form.get('confirm') !== 'yes') return fail(400, { form: 'delete' as const, values: { name: '' }, errors: { confirm: m.account_delete_confirm_required() } as Record<string, string> });
		await eraseAccount(principal.userId);
		await signOutEverywhere(event, principal.userId);
		redirect(303, `/${event.params.lang}/ienakt?konts-dzests`);
	},
	signOutEverywhere: async (event) => {
		const principal = await requirePermission(event, 'delete:session', { userId: event.locals.principal?.userId });
		await signOutEverywhere(event, principal.userId);
		redirect(303, `/${event.params.lang}/ienakt?izrakstits`);
	}
};
