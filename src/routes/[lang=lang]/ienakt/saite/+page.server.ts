import { redirect } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/authorize';
import { signInWithMagicLink } from '$lib/server/auth/flows';
import { safeNextPath } from '$lib/domain/next-path';
import type { Actions, PageServerLoad } from './$types';

// The link only shows a button: mail scanners that open links must not use up the one-time token.
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '', next: url.searchParams.get('next') ?? '' });

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'create:session');
		const form = await event.request.formData();
		const lang = event.params.lang;
		const result = await signInWithMagicLink(event, String(form.get('token') ?? ''));
		if (!result.ok) redirect(303, `/${lang}/ienakt?saite-neder`);
		redirect(303, safeNextPath(String(form.get('next') ?? ''), `/${lang}/konts`));
	}
};
