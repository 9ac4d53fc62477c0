import { desc, eq, sql } from 'drizzle-orm';
import { imageVariants } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';

export type StoredVariant = { width: number; actualWidth: number; height: number; etag: string; bytes: Buffer };

export async function insertVariants(db: Db, imageId: string, variants: readonly StoredVariant[]): Promise<void> {
	if (variants.length === 0) return;
	await db.insert(imageVariants).values(variants.map((v) => ({ imageId, ...v })));
}

/** The variant of that width, or — for a photo too small to have it — the largest one there is. */
export async function findVariant(db: Db, imageId: string, width: number): Promise<StoredVariant | null> {
	const [row] = await db
		.select({
			width: imageVariants.width,
			actualWidth: imageVariants.actualWidth,
			height: imageVariants.height,
			etag: imageVariants.etag,
			bytes: imageVariants.bytes
		})
		.from(imageVariants)
		.where(eq(imageVariants.imageId, imageId))
		.orderBy(desc(sql`${imageVariants.width} = ${width}`), desc(imageVariants.width))
		.limit(1);
	return row ?? null;
}

export async function deleteVariants(db: Db, imageId: string): Promise<void> {
	await db.delete(imageVariants).where(eq(imageVariants.imageId, imageId));
}
