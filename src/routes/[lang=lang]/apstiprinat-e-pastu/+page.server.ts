import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { safeNextPath } from '$lib/domain/next-path';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { confirmByToken } from '$lib/server/people/confirmation';

// A button, not an automatic confirmation: link scanners that open mail links confirm nothing.
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

/** A person confirms their address (and whatever the link was for: a registration, an entry …). */
export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'verify:email');
		const form = await event.request.formData();
		const result = await confirmByToken(db(), String(form.get('token') ?? ''));
		if (!result.ok) return fail(400, { confirmed: false, reason: result.reason });
		if (result.next) redirect(303, safeNextPath(result.next, `/${event.params.lang}`));
		return { confirmed: true, message: result.message };
	}
};
