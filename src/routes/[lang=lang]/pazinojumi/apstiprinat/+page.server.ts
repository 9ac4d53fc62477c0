import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { confirmAlert } from '$lib/server/alerts/flow';

/**
 * The link in the confirmation mail opens a page with one button: mail scanners follow links, so
 * the GET itself must not confirm anything (double opt-in means a person pressed it).
 */
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('t') ?? '' });

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'confirm:alert');
		const token = String((await event.request.formData()).get('t') ?? '');
		const result = await confirmAlert(db(), token);
		if (!result.ok) return fail(400, { error: result.error });
		return { confirmed: true as const, alert: result.alert, unsubscribeToken: result.unsubscribeToken };
	}
};
