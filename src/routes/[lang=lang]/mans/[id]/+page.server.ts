import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { authorize } from '$lib/server/auth/authorize';
import { authorOf, authorizeDashboard, producerResource } from '$lib/server/owner/access';
import { producerForEdit } from '$lib/server/owner/queries';
import { updateProfile } from '$lib/server/owner/flow';
import { parseProducerForm } from '$lib/server/owner/producer-form';
import { removePhoto, uploadPhoto } from '$lib/server/owner/photo-action';
import { maxMegabytes } from '$lib/server/images/messages';

/** The profile: reviewed fields become a revision ("waiting for review"), photos are the owner's own. */
export const load: PageServerLoad = async (event) => {
	const { producerId } = await authorizeDashboard(event, db());
	const edit = await producerForEdit(db(), producerId, event.params.lang);
	if (!edit) error(404, 'Not found');
	return { ...edit, created: event.url.searchParams.has('jauns'), maxMegabytes: maxMegabytes() };
};

export const actions: Actions = {
	profile: async (event) => {
		await authorize(event, 'update:producer', producerResource(db(), event.params.id));
		const edit = await producerForEdit(db(), event.params.id, event.params.lang);
		if (!edit) error(404, 'Not found');
		const parsed = parseProducerForm(await event.request.formData(), {
			kinds: edit.options.kinds,
			municipalityIds: new Set(edit.options.municipalities.map((x) => x.id)),
			categoryIds: new Set(edit.options.categories.map((c) => c.id)),
			thisYear: new Date().getFullYear()
		});
		if (!parsed.fields) return fail(400, { values: parsed.values, errors: parsed.errors });
		const outcome = await updateProfile(db(), authorOf(event), event.params.id, parsed.fields, edit.description);
		return { saved: outcome === 'unchanged' ? 'unchanged' : outcome.pending.length ? 'pending' : 'applied' };
	},
	photo: async (event) => {
		await authorize(event, 'update:producer', producerResource(db(), event.params.id));
		return uploadPhoto(db(), event, { producerId: event.params.id });
	},
	deletePhoto: async (event) => {
		await authorize(event, 'update:producer', producerResource(db(), event.params.id));
		if (!(await removePhoto(db(), event, event.params.id))) error(404, 'Not found');
		return { photoRemoved: true };
	}
};
