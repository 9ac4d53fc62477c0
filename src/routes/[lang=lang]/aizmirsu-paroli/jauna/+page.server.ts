import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { authorize } from '$lib/server/auth/authorize';
import { resetPassword } from '$lib/server/auth/flows';
import type { Actions, PageServerLoad } from './$types';

const MIN_PASSWORD = 10;

export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'reset:password');
		const form = await event.request.formData();
		const token = String(form.get('token') ?? '');
		const password = String(form.get('password') ?? '');
		const errors: Record<string, string> = {};
		if (password.length < MIN_PASSWORD || password.length > 128) errors.password = m.auth_error_password_length({ min: MIN_PASSWORD });
		else if (password !== String(form.get('confirm') ?? '')) errors.confirm = m.auth_error_password_mismatch();
		if (Object.keys(errors).length) return fail(400, { errors, done: false, message: '' });
		const result = await resetPassword({ token, password });
		if (!result.ok) return fail(400, { errors: {} as Record<string, string>, done: false, message: m.auth_reset_failed() });
		return { errors: {} as Record<string, string>, done: true, message: '' };
	}
};

/** No SvelteKit client: the form posts as a plain form and the page comes back with its messages (decision 007). */
export const csr = false;
