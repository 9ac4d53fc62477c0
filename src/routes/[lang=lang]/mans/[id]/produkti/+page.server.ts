import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { db } from '$lib/server/db/bootstrap';
import { authorize } from '$lib/server/auth/authorize';
import { authorOf, authorizeDashboard, producerResource } from '$lib/server/owner/access';
import { productById, productsForEdit, productOfForm } from '$lib/server/owner/queries';
import { addProduct, changeWaitingProduct, removeProduct, updateProduct } from '$lib/server/owner/flow';
import { parseProductForm } from '$lib/server/owner/product-form';
import { removePhoto, uploadPhoto } from '$lib/server/owner/photo-action';
import { maxMegabytes } from '$lib/server/images/messages';
import { isUuid } from '$lib/domain/ids';

/** Products: prices apply at once, names and categories wait for review, new ones wait whole. */
export const load: PageServerLoad = async (event) => {
	const { producerId } = await authorizeDashboard(event, db());
	return { ...(await productsForEdit(db(), producerId, event.params.lang)), maxMegabytes: maxMegabytes() };
};

/** The product a form is about, checked to belong to this listing (else 404). */
async function product(event: RequestEvent) {
	const found = await productOfForm(db(), event.request);
	if (!found || found.producerId !== event.params.id) error(404, 'Not found');
	return found;
}

/** The waiting product's review id a form names (a malformed one is a 400, not a database error). */
function waitingId(form: FormData): string {
	const id = String(form.get('revisionId') ?? '');
	if (!isUuid(id)) error(400, 'Bad request');
	return id;
}

/** The product form, its category checked against this listing's choices; `form` when the action has read it already. */
async function parse(event: RequestEvent, form?: FormData) {
	const { categories } = await productsForEdit(db(), event.params.id, event.params.lang);
	return parseProductForm(form ?? (await event.request.formData()), { categoryIds: new Set(categories.map((c) => c.id)) });
}

export const actions: Actions = {
	add: async (event) => {
		await authorize(event, 'create:product', producerResource(db(), event.params.id));
		const parsed = await parse(event);
		if (!parsed.fields) return fail(400, { target: 'new', values: parsed.values, errors: parsed.errors });
		await addProduct(db(), authorOf(event), event.params.id, parsed.fields);
		return { target: 'new', saved: 'pending' };
	},
	update: async (event) => {
		await authorize(event, 'update:product', async () => ({ producerId: (await productOfForm(db(), event.request))?.producerId }));
		const found = await product(event);
		const parsed = await parse(event);
		if (!parsed.fields) return fail(400, { target: found.id, values: parsed.values, errors: parsed.errors });
		const outcome = await updateProduct(db(), authorOf(event), found.id, parsed.fields, found.name);
		return { target: found.id, saved: outcome === 'unchanged' ? 'unchanged' : outcome.pending.length ? 'pending' : 'applied' };
	},
	/** A new product still waiting for review, corrected (a new proposal replaces the waiting one). */
	correct: async (event) => {
		await authorize(event, 'update:product', producerResource(db(), event.params.id));
		const form = await event.request.formData();
		const revisionId = waitingId(form);
		const parsed = await parse(event, form);
		if (!parsed.fields) return fail(400, { target: revisionId, values: parsed.values, errors: parsed.errors });
		if (!(await changeWaitingProduct(db(), authorOf(event), event.params.id, revisionId, parsed.fields))) return fail(409, { waitingGone: true });
		return { corrected: true };
	},
	/** …or withdrawn: it never reaches the queue's moderators again. */
	withdraw: async (event) => {
		await authorize(event, 'update:product', producerResource(db(), event.params.id));
		const revisionId = waitingId(await event.request.formData());
		if (!(await changeWaitingProduct(db(), authorOf(event), event.params.id, revisionId, null))) return fail(409, { waitingGone: true });
		return { withdrawn: true };
	},
	remove: async (event) => {
		await authorize(event, 'delete:product', async () => ({ producerId: (await productOfForm(db(), event.request))?.producerId }));
		const found = await product(event);
		await removeProduct(db(), authorOf(event), event.params.id, found.id);
		return { removed: true };
	},
	/** The product id is in the URL (?/photo&produkts=…): an over-limit upload body cannot be read. */
	photo: async (event) => {
		await authorize(event, 'update:product', async () => ({ producerId: (await productById(db(), event.url.searchParams.get('produkts')))?.producerId }));
		const found = await productById(db(), event.url.searchParams.get('produkts'));
		if (!found || found.producerId !== event.params.id) error(404, 'Not found');
		return uploadPhoto(db(), event, { producerId: event.params.id, productId: found.id });
	},
	deletePhoto: async (event) => {
		await authorize(event, 'update:product', producerResource(db(), event.params.id));
		if (!(await removePhoto(db(), event, event.params.id))) error(404, 'Not found');
		return { photoRemoved: true };
	}
};
