import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { authorize } from '$lib/server/auth/authorize';
import { requestPasswordReset } from '$lib/server/auth/flows';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'reset:password');
		const form = await event.request.formData();
		const values = { email: String(form.get('email') ?? '') };
		if (!z.string().trim().email().max(254).safeParse(values.email).success) return fail(400, { values, errors: { email: m.auth_error_email() }, sent: false });
		await requestPasswordReset(event, values);
		// identical whether or not the address has an account
		return { values, errors: {} as Record<string, string>, sent: true };
	}
};

/** No SvelteKit client: the form posts as a plain form and the page comes back with its messages (decision 007). */
export const csr = false;
