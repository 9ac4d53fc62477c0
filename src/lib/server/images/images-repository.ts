import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { images } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';

export type ImageRow = {
	id: string;
	producerId: string | null;
	productId: string | null;
	alt: string;
	width: number;
	height: number;
};

const columns = {
	id: images.id,
	producerId: images.producerId,
	productId: images.productId,
	alt: images.alt,
	width: images.width,
	height: images.height
};

export type NewImage = {
	ownerUserId: string | null;
	producerId: string | null;
	productId: string | null;
	/** Pictures of an organisation's workspace (project logos, news images). */
	organisationId?: string | null;
	alt: string;
	width: number;
	height: number;
	sourceType: string;
};

export async function insertImage(db: Db, image: NewImage): Promise<string> {
	// new photos go last: sort order = count of the owner's photos so far
	const scope = image.productId
		? eq(images.productId, image.productId)
		: image.producerId
			? eq(images.producerId, image.producerId)
			: image.organisationId
				? eq(images.organisationId, image.organisationId)
				: sql`false`;
	const [row] = await db
		.insert(images)
		.values({ ...image, sortOrder: sql`(select count(*) from ${images} where ${scope})` })
		.returning({ id: images.id });
	return row.id;
}

export async function findImage(db: Db, id: string): Promise<(ImageRow & { ownerUserId: string | null; organisationId: string | null }) | null> {
	const [row] = await db
		.select({ ...columns, ownerUserId: images.ownerUserId, organisationId: images.organisationId })
		.from(images)
		.where(eq(images.id, id));
	return row ?? null;
}

/** Profile photos of producers (not product photos), in their order. */
export async function listProducerPhotos(db: Db, producerIds: readonly string[]): Promise<ImageRow[]> {
	if (producerIds.length === 0) return [];
	return db
		.select(columns)
		.from(images)
		.where(and(inArray(images.producerId, [...producerIds]), isNull(images.productId)))
		.orderBy(asc(images.sortOrder), asc(images.createdAt));
}

export async function listProductPhotos(db: Db, productIds: readonly string[]): Promise<ImageRow[]> {
	if (productIds.length === 0) return [];
	return db
		.select(columns)
		.from(images)
		.where(inArray(images.productId, [...productIds]))
		.orderBy(asc(images.sortOrder), asc(images.createdAt));
}

export async function deleteImageRow(db: Db, id: string): Promise<void> {
	await db.delete(images).where(eq(images.id, id));
}
