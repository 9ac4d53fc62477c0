import { fail } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/authorize';
import { verifyEmail } from '$lib/server/auth/flows';
import type { Actions, PageServerLoad } from './$types';

// A button, not an automatic confirmation: link scanners that open mail links confirm nothing.
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'verify:email');
		const form = await event.request.formData();
		const result = await verifyEmail(String(form.get('token') ?? ''));
		if (!result.ok) return fail(400, { verified: false });
		return { verified: true };
	}
};
