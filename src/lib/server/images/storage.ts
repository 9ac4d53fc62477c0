import type { Db } from '$lib/server/db/types';
import { deleteVariants, findVariant, insertVariants, type StoredVariant } from './image-variants-repository';

/**
 * Where the bytes of resized photos live. The default keeps them in the database (`image_variants`,
 * bytea): every app process behind a load balancer sees the same photos and a database backup holds
 * them too. An object store (S3 and the like) can implement this interface later; the `images` rows
 * stay in the database either way. `db` is the caller's transaction, so a failed upload leaves nothing.
 */
export interface ImageStorage {
	put(db: Db, imageId: string, variants: readonly StoredVariant[]): Promise<void>;
	/** The variant of that width, or the largest one for a photo too small to have it. */
	get(db: Db, imageId: string, width: number): Promise<StoredVariant | null>;
	remove(db: Db, imageId: string): Promise<void>;
}

export const databaseImageStorage: ImageStorage = {
	put: insertVariants,
	get: findVariant,
	remove: deleteVariants
};

let current: ImageStorage = databaseImageStorage;

export function imageStorage(): ImageStorage {
	return current;
}

/** For another backend (or a test double); call once at start-up. */
export function useImageStorage(storage: ImageStorage): void {
	current = storage;
}
