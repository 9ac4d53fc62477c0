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
	organisationId?: string | null;
};

export type PreparedImage = { alt: string; processed: Awaited<ReturnType<typeof processImage>> };

/**
 * Checks and resizes a photo without touching the database, so a flow can store it inside its own
 * transaction (`saveImage`) together with the row that shows it. Throws ImageRejectedError.
 */
export async function prepareImage(bytes: Uint8Array, alt: string): Promise<PreparedImage> {
	const checkedAlt = checkAlt(alt);
	return { alt: checkedAlt, processed: await processImage(bytes, config().IMAGE_MAX_BYTES) };
}

/** Stores a prepared photo in the caller's transaction (a storage failure fails that transaction). */
export async function saveImage(tx: Db, image: PreparedImage, owner: { ownerUserId: string | null; organisationId: string | null; producerId?: string | null }): Promise<{ id: string }> {
	const id = await insertImage(tx, {
		ownerUserId: owner.ownerUserId,
		producerId: owner.producerId ?? null,
		productId: null,
		organisationId: owner.organisationId,
		alt: image.alt,
		width: image.processed.width,
		height: image.processed.height,
		sourceType: image.processed.sourceType
	});
	await imageStorage().put(tx, id, image.processed.variants);
	return { id };
}

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
			organisationId: input.organisationId ?? null,
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
export async function imageOwnership(db: Db, id: string): Promise<{ producerId: string | null; ownerUserId: string | null; organisationId: string | null } | null> {
	const row = await findImage(db, id);
	return row ? { producerId: row.producerId, ownerUserId: row.ownerUserId, organisationId: row.organisationId } : null;
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
