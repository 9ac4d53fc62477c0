import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { authorize } from '$lib/server/auth/authorize';
import { requestMagicLink, signInWithPassword } from '$lib/server/auth/flows';
import { safeNextPath } from '$lib/domain/next-path';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url, params }) => {
	const next = safeNextPath(url.searchParams.get('next'), `/${params.lang}/konts`);
	if (locals.principal) redirect(303, next);
	const notice = url.searchParams.has('konts-dzests') ? 'deleted' : url.searchParams.has('izrakstits') ? 'signedOutEverywhere' : null;
	return { next: url.searchParams.get('next') ?? '', linkFailed: url.searchParams.has('saite-neder'), notice };
};

type FieldErrors = { email?: string; password?: string; linkEmail?: string };

const emailField = z.string().trim().email().max(254);

export const actions: Actions = {
	password: async (event) => {
		await authorize(event, 'create:session');
		const form = await event.request.formData();
		const values = { email: String(form.get('email') ?? ''), next: String(form.get('next') ?? '') };
		const password = String(form.get('password') ?? '');
		const errors: FieldErrors = {};
		if (!emailField.safeParse(values.email).success) errors.email = m.auth_error_email();
		if (!password) errors.password = m.auth_error_password_required();
		if (Object.keys(errors).length) return fail(400, { form: 'password' as const, values, errors, message: '' });
		const result = await signInWithPassword(event, { email: values.email, password });
		if (!result.ok) {
			const message =
				result.reason === 'throttled'
					? m.auth_error_throttled({ minutes: Math.ceil(result.retryAfterSeconds / 60) })
					: result.reason === 'unverified'
						? m.auth_error_unverified()
						: m.auth_error_invalid_credentials();
			return fail(result.reason === 'throttled' ? 429 : 400, { form: 'password' as const, values, errors: {} as FieldErrors, message });
		}
		redirect(303, safeNextPath(values.next, `/${event.params.lang}/konts`));
	},
	link: async (event) => {
		await authorize(event, 'create:session');
		const form = await event.request.formData();
		const values = { email: String(form.get('linkEmail') ?? ''), next: String(form.get('next') ?? '') };
		if (!emailField.safeParse(values.email).success) {
			return fail(400, { form: 'link' as const, values, errors: { linkEmail: m.auth_error_email() } as FieldErrors, message: '' });
		}
		await requestMagicLink(event, { email: values.email, next: values.next });
		return { form: 'link' as const, values, errors: {} as FieldErrors, message: '', sent: true };
	}
};

/** No SvelteKit client: the form posts as a plain form and the page comes back with its messages (decision 007). */
export const csr = false;
