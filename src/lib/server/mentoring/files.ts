/**
 * Files a pair shares: checked by their bytes (never the name or the browser's word), at most 10 MB
 * like the library's handbooks, and kept in the database (mentoring_files) as the library keeps its
 * PDFs. Only documents and photos a mentoring pair plausibly exchanges are taken.
 */
import { eq } from 'drizzle-orm';
import { mentoringFiles } from '../db/schema';
import type { Db } from '../db/types';
import { sniffImageType } from '../images/sniff';
import { sniffUpload, UPLOAD_MAX_BYTES, UPLOAD_TYPES } from '../insight/extract';

export const SHARED_FILE_MAX_BYTES = UPLOAD_MAX_BYTES;
/** What the file input offers; the server decides by the bytes all the same. */
export const SHARED_FILE_ACCEPT = '.pdf,.docx,.png,.jpg,.jpeg';

export type SharedFile = { fileName: string; bytes: Uint8Array };

/** The media type to store and serve, or why the file is refused. */
export function checkSharedFile(file: SharedFile): { ok: true; mediaType: string } | { ok: false; reason: 'file_empty' | 'file_too_large' | 'file_type' } {
	if (file.bytes.length === 0) return { ok: false, reason: 'file_empty' };
	if (file.bytes.length > SHARED_FILE_MAX_BYTES) return { ok: false, reason: 'file_too_large' };
	const doc = sniffUpload(file.bytes);
	if (doc) return { ok: true, mediaType: UPLOAD_TYPES[doc] };
	const image = sniffImageType(file.bytes);
	if (image === 'png' || image === 'jpeg') return { ok: true, mediaType: `image/${image}` };
	return { ok: false, reason: 'file_type' };
}

export const storageKeyOf = (resourceId: string) => `db:${resourceId}`;

export async function putSharedFile(db: Db, resourceId: string, mediaType: string, bytes: Uint8Array): Promise<void> {
	await db.insert(mentoringFiles).values({ resourceId, mediaType, bytes });
}

export async function sharedFileBytes(db: Db, resourceId: string): Promise<{ mediaType: string; bytes: Uint8Array } | null> {
	const [row] = await db.select({ mediaType: mentoringFiles.mediaType, bytes: mentoringFiles.bytes }).from(mentoringFiles).where(eq(mentoringFiles.resourceId, resourceId));
	return row ?? null;
}

/** A file name safe for a Content-Disposition header (the original, reduced to plain characters). */
export function downloadName(name: string | null): string {
	const cleaned = (name ?? 'file').replace(/[^\p{L}\p{N}._ -]+/gu, '_').slice(0, 120);
	return cleaned || 'file';
}
