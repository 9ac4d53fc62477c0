import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { unsubscribeDigest, unsubscribeTarget } from '$lib/server/cooperation/unsubscribe';

/**
 * Unsubscribe from the weekly match digest, without signing in: the link shows a button; a mail
 * client's one-click POST (RFC 8058, hooks/csrf.ts lets it through for this path) unsubscribes at once.
 */
export const load: PageServerLoad = async ({ url }) => {
	const token = url.searchParams.get('t') ?? '';
	const target = token ? await unsubscribeTarget(db(), token) : null;
	return { token, valid: !!target, already: target?.optedOut ?? false };
};

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'delete:cooperation_digest');
		const form = await event.request.formData();
		const token = String(form.get('t') ?? event.url.searchParams.get('t') ?? '');
		if (!(await unsubscribeDigest(db(), token))) return fail(400, { invalid: true as const });
		return { unsubscribed: true as const };
	}
};
