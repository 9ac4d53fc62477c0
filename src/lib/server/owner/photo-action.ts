/** The photo upload and removal forms of the dashboard (the routes have authorized first). */
import { fail, type RequestEvent } from '@sveltejs/kit';
import type { Db } from '$lib/server/db/types';
import { deleteImage, imageOwnership, ImageRejectedError, storeImage } from '$lib/server/images/flow';
import { imageRejectionMessage } from '$lib/server/images/messages';
import { isBodyTooLarge as isTooLarge } from '$lib/server/hooks/malformed-input';

export type PhotoFailure = { photo: { target: string; alt: string; field: 'file' | 'alt'; message: string } };

export async function uploadPhoto(db: Db, event: Pick<RequestEvent, 'request' | 'locals'>, target: { producerId: string; productId?: string }) {
	const targetKey = target.productId ?? target.producerId;
	let form: FormData;
	try {
		form = await event.request.formData();
	} catch (e) {
		if (isTooLarge(e)) return fail(413, { photo: { target: targetKey, alt: '', field: 'file', message: imageRejectionMessage('too_large') } } satisfies PhotoFailure);
		throw e;
	}
	const alt = String(form.get('alt') ?? '');
	const file = form.get('file');
	const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
	try {
		await storeImage(db, { bytes, alt, ownerUserId: event.locals.principal?.userId ?? null, producerId: target.producerId, productId: target.productId });
	} catch (e) {
		if (!(e instanceof ImageRejectedError)) throw e;
		const field = e.reason === 'alt_required' || e.reason === 'alt_too_long' ? 'alt' : 'file';
		return fail(400, { photo: { target: targetKey, alt, field, message: imageRejectionMessage(e.reason) } } satisfies PhotoFailure);
	}
	return { photoSaved: targetKey };
}

/** Removes a photo of this producer (or of one of its products); others' photos are a 404. */
export async function removePhoto(db: Db, event: Pick<RequestEvent, 'request' | 'locals'>, producerId: string): Promise<boolean> {
	const form = await event.request.formData();
	const id = String(form.get('imageId') ?? '');
	if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
	const owner = await imageOwnership(db, id);
	if (!owner || owner.producerId !== producerId) return false;
	await deleteImage(db, id, event.locals.principal?.userId ?? null);
	return true;
}
