import { cleanText } from '$lib/text/clean';
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { isLocale } from '$lib/i18n/locales';
import { authorize } from '$lib/server/auth/authorize';
import { signUp } from '$lib/server/auth/flows';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({ next: url.searchParams.get('next') ?? '' });

const MIN_PASSWORD = 10;

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'create:account');
		const form = await event.request.formData();
		const values = { name: cleanText(form.get('name')), email: String(form.get('email') ?? '') };
		const password = String(form.get('password') ?? '');
		const errors: Record<string, string> = {};
		if (!values.name.trim() || values.name.length > 120) errors.name = m.auth_error_name();
		if (!z.string().trim().email().max(254).safeParse(values.email).success) errors.email = m.auth_error_email();
		if (password.length < MIN_PASSWORD || password.length > 128) errors.password = m.auth_error_password_length({ min: MIN_PASSWORD });
		if (form.get('consent') !== 'yes') errors.consent = m.auth_error_consent();
		if (Object.keys(errors).length) return fail(400, { values, errors });
		const locale = isLocale(event.params.lang) ? event.params.lang : 'lv';
		await signUp(event, { name: values.name, email: values.email, password, locale });
		// the same answer whether or not the address already had an account
		return { values, done: true, errors: {} as Record<string, string> };
	}
};

/** No SvelteKit client: the form posts as a plain form and the page comes back with its messages (decision 007). */
export const csr = false;
