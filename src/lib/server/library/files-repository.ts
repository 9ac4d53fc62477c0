/** library_files: a handbook's PDF and its first-page picture, kept in the database like photos. */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { libraryFiles } from '../db/schema';
import type { Db } from '../db/types';

export type StoredFile = { fileName: string; mediaType: string; size: number; sha256: string; hasThumbnail: boolean };

/** The item's file, replaced as a whole (a new upload drops the old picture until the job redraws it). */
export async function putLibraryFile(db: Db, itemId: string, file: { fileName: string; mediaType: string; bytes: Uint8Array }): Promise<void> {
	const sha256 = createHash('sha256').update(file.bytes).digest('base64url');
	const content = { fileName: file.fileName, mediaType: file.mediaType, bytes: file.bytes, size: file.bytes.length, sha256, thumbnail: null, thumbnailWidth: null, thumbnailHeight: null, createdAt: new Date() };
	await db
		.insert(libraryFiles)
		.values({ itemId, ...content })
		.onConflictDoUpdate({ target: libraryFiles.itemId, set: content });
}

export async function fileInfo(db: Db, itemId: string): Promise<StoredFile | null> {
	const [row] = await db
		.select({ fileName: libraryFiles.fileName, mediaType: libraryFiles.mediaType, size: libraryFiles.size, sha256: libraryFiles.sha256, thumbnailWidth: libraryFiles.thumbnailWidth })
		.from(libraryFiles)
		.where(eq(libraryFiles.itemId, itemId));
	return row ? { fileName: row.fileName, mediaType: row.mediaType, size: row.size, sha256: row.sha256, hasThumbnail: row.thumbnailWidth !== null } : null;
}

export async function fileBytes(db: Db, itemId: string): Promise<{ fileName: string; mediaType: string; sha256: string; bytes: Uint8Array } | null> {
	const [row] = await db
		.select({ fileName: libraryFiles.fileName, mediaType: libraryFiles.mediaType, sha256: libraryFiles.sha256, bytes: libraryFiles.bytes })
		.from(libraryFiles)
		.where(eq(libraryFiles.itemId, itemId));
	return row ?? null;
}

export async function putThumbnail(db: Db, itemId: string, sha256: string, picture: { bytes: Uint8Array; width: number; height: number }): Promise<boolean> {
	// only for the file it was drawn from: a newer upload meanwhile keeps its own (still missing) picture
	const done = await db
		.update(libraryFiles)
		.set({ thumbnail: picture.bytes, thumbnailWidth: picture.width, thumbnailHeight: picture.height })
		.where(and(eq(libraryFiles.itemId, itemId), eq(libraryFiles.sha256, sha256)))
		.returning({ itemId: libraryFiles.itemId });
	return done.length > 0;
}

/** The first-page picture, with the file's hash as its version (null until the job has drawn it). */
export async function thumbnailOf(db: Db, itemId: string): Promise<{ bytes: Uint8Array; sha256: string } | null> {
	const [row] = await db.select({ bytes: libraryFiles.thumbnail, sha256: libraryFiles.sha256 }).from(libraryFiles).where(eq(libraryFiles.itemId, itemId));
	return row?.bytes ? { bytes: row.bytes, sha256: row.sha256 } : null;
}
