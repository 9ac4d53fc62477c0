import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { authorize } from '$lib/server/auth/authorize';
import { ownNewRow } from '$lib/server/auth/permissions';
import { producerFormOptions } from '$lib/server/owner/queries';
import { createListing } from '$lib/server/owner/flow';
import { parseProducerForm } from '$lib/server/owner/producer-form';

/** Producer sign-up: a new listing, pending review, owned by the signed-in user. */
export const load: PageServerLoad = async (event) => {
	await authorize(event, 'create:producer', ownNewRow(event.locals.principal ?? null));
	return { options: await producerFormOptions(db(), event.params.lang) };
};

export const actions: Actions = {
	default: async (event) => {
		await authorize(event, 'create:producer', ownNewRow(event.locals.principal ?? null));
		const principal = event.locals.principal!;
		const options = await producerFormOptions(db(), event.params.lang);
		const parsed = parseProducerForm(await event.request.formData(), {
			kinds: options.kinds,
			municipalityIds: new Set(options.municipalities.map((x) => x.id)),
			categoryIds: new Set(options.categories.map((c) => c.id)),
			thisYear: new Date().getFullYear()
		});
		if (!parsed.fields) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { producerId } = await createListing(db(), { userId: principal.userId, email: principal.email, locale: event.params.lang }, parsed.fields);
		redirect(303, `/${event.params.lang}/mans/${producerId}?jauns=1`);
	}
};
