import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/auth/authorize';
import { db } from '$lib/server/db/bootstrap';
import { consentTarget, giveConsent } from '$lib/server/contests/consent-flow';

/** A winner's personal link: agree that the contest page shows their name. */
export const load: PageServerLoad = async ({ params, url }) => {
	const token = url.searchParams.get('kods') ?? '';
	const target = await consentTarget(db(), params.slug, token);
	if (!target.ok) error(404, 'Not found');
	return { slug: params.slug, token, publicId: target.publicId, consented: target.consented };
};

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'consent:contest_winner');
		const form = await event.request.formData();
		if (!(await giveConsent(db(), event.params.slug, String(form.get('kods') ?? '')))) error(404, 'Not found');
		return { consented: true };
	}
};

export const csr = false;
