import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { confirmSuggestion } from '$lib/server/moderation/suggestions-flow';

/**
 * The link in the e-mail opens a page with one button: mail scanners follow links, so the GET
 * itself must not confirm anything.
 */
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'create:suggestion');
		const token = String((await event.request.formData()).get('token') ?? '');
		const confirmed = await confirmSuggestion(db(), token);
		if (!confirmed) return fail(400, { invalid: true as const });
		return { confirmed: true as const, name: confirmed.name };
	}
};
