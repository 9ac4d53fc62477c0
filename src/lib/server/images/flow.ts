import { config } from '$lib/server/config/env';
import { recordAudit } from '$lib/server/audit/audit-repository';
import type { Db } from '$lib/server/db/types';
import { findProductProducerId } from '$lib/server/producers/products-repository';
import { checkAlt, ImageRejectedError } from './domain';
import { deleteImageRow, findImage, insertImage } from './images-repository';
import type { StoredVariant } from './image-variants-repository';
import { processImage } from './process';
import { imageStorage } from './storage';

export type StoreImageInput = {
	bytes: Uint8Array;
	alt: string;
	ownerUserId: string | null;
	producerId?: string | null;
	productId?: string | null;
};

/**
 * Checks, resizes and stores one photo (helper contract). Throws ImageRejectedError with a reason
 * the form turns into a localized message. Decoding and resizing run before the transaction (sharp
 * works on libuv's thread pool, so the event loop stays free); only the inserts hold a connection.
 * Resizing is not a job on purpose: the owner wants to see the photo on the next page.
 */
export async function storeImage(db: Db, input: StoreImageInput): Promise<{ id: string }> {
	const alt = checkAlt(input.alt);
	const processed = await processImage(input.bytes, config().IMAGE_MAX_BYTES);
	const productId = input.productId ?? null;
	// a product photo also carries its producer, so "all photos of a producer" is one query
	const producerId = productId ? await findProductProducerId(db, productId) : (input.producerId ?? null);
	if (productId && !producerId) throw new Error(`storeImage: unknown product ${productId}`);
	return db.transaction(async (tx) => {
		const id = await insertImage(tx, {
			ownerUserId: input.ownerUserId,
			producerId,
			productId,
			alt,
			width: processed.width,
			height: processed.height,
			sourceType: processed.sourceType
		});
		await imageStorage().put(tx, id, processed.variants);
		// a public photo is published content: who added it to what is on the record
		await recordAudit(tx, { actorUserId: input.ownerUserId, action: 'image.upload', entityType: productId ? 'product' : 'producer', entityId: productId ?? producerId, details: { imageId: id, alt, ...(productId && { producerId }) } });
		return { id };
	});
}

/** The WebP bytes for `/media/{id}/{width}.webp`, or null. */
export async function readImageVariant(db: Db, id: string, width: number): Promise<StoredVariant | null> {
	return imageStorage().get(db, id, width);
}

/** Who a photo belongs to, for authorizing its removal. */
export async function imageOwnership(db: Db, id: string): Promise<{ producerId: string | null; ownerUserId: string | null } | null> {
	const row = await findImage(db, id);
	return row ? { producerId: row.producerId, ownerUserId: row.ownerUserId } : null;
}

export async function deleteImage(db: Db, id: string, actorUserId: string | null = null): Promise<void> {
	await db.transaction(async (tx) => {
		const row = await findImage(tx, id);
		await imageStorage().remove(tx, id);
		await deleteImageRow(tx, id);
		if (row) {
			await recordAudit(tx, { actorUserId, action: 'image.delete', entityType: row.productId ? 'product' : 'producer', entityId: row.productId ?? row.producerId, details: { imageId: id, alt: row.alt } });
		}
	});
}

export { ImageRejectedError };
