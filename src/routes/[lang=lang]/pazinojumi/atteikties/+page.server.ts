import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { unsubscribeAlert, unsubscribeView } from '$lib/server/alerts/flow';

/**
 * Unsubscribe. The link in every digest opens this page with a button; a mail client's
 * "Unsubscribe" POSTs `List-Unsubscribe=One-Click` to the same address (RFC 8058, the
 * List-Unsubscribe-Post header) and is unsubscribed at once — hooks/csrf.ts lets that cross-site
 * post through for this path only.
 */
export const load: PageServerLoad = async ({ url, params }) => {
	const token = url.searchParams.get('t') ?? '';
	return { token, view: token ? await unsubscribeView(db(), token, params.lang) : null };
};

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'delete:alert');
		const form = await event.request.formData();
		const token = String(form.get('t') ?? event.url.searchParams.get('t') ?? '');
		const result = await unsubscribeAlert(db(), token, { all: form.get('all') === '1' });
		if (!result.ok) return fail(400, { invalid: true as const });
		return { unsubscribed: true as const, removed: result.removed };
	}
};
