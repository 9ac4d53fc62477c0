// All SQL for the photos of contest entries (migration 0043): attach, list for review and gallery, decide, erase.
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { contestEntries, images, people, territories } from '../db/schema';
import type { Db } from '../db/types';

export type PhotoStatus = 'pending' | 'approved' | 'rejected';

export async function attachPhoto(db: Db, entryId: string, imageId: string): Promise<void> {
	await db.update(contestEntries).set({ imageId, photoStatus: 'pending', photoReason: null, photoDecidedAt: null }).where(eq(contestEntries.id, entryId));
}

const photoColumns = {
	id: contestEntries.id,
	publicId: contestEntries.publicId,
	confirmedAt: contestEntries.confirmedAt,
	photoStatus: contestEntries.photoStatus,
	imageId: images.id,
	width: images.width,
	height: images.height,
	municipality: territories.name
};

/** Photos of one contest in a state (staff review: pending ones; the public gallery: approved and confirmed). */
export async function listEntryPhotos(db: Db, contestId: string, status: PhotoStatus, confirmedOnly = false) {
	return db
		.select(photoColumns)
		.from(contestEntries)
		.innerJoin(images, eq(images.id, contestEntries.imageId))
		.leftJoin(territories, eq(territories.id, contestEntries.municipalityId))
		.where(and(eq(contestEntries.contestId, contestId), eq(contestEntries.photoStatus, status), confirmedOnly ? isNotNull(contestEntries.confirmedAt) : undefined))
		.orderBy(asc(contestEntries.createdAt));
}

export async function countPhotos(db: Db, contestId: string): Promise<Record<PhotoStatus, number>> {
	const rows = await db.select({ s: contestEntries.photoStatus }).from(contestEntries).where(and(eq(contestEntries.contestId, contestId), isNotNull(contestEntries.photoStatus)));
	const out: Record<PhotoStatus, number> = { pending: 0, approved: 0, rejected: 0 };
	for (const r of rows) if (r.s) out[r.s]++;
	return out;
}

/** The entry behind a photo under review, with whom to tell. */
export async function findPhotoEntry(db: Db, contestId: string, entryId: string) {
	const [row] = await db
		.select({ id: contestEntries.id, publicId: contestEntries.publicId, photoStatus: contestEntries.photoStatus, imageId: contestEntries.imageId, email: people.email, locale: people.locale })
		.from(contestEntries)
		.innerJoin(people, eq(people.id, contestEntries.personId))
		.where(and(eq(contestEntries.contestId, contestId), eq(contestEntries.id, entryId)))
		.for('update', { of: contestEntries });
	return row ?? null;
}

export async function decidePhoto(db: Db, entryId: string, status: 'approved' | 'rejected', reason: string | null, at: Date): Promise<void> {
	await db.update(contestEntries).set({ photoStatus: status, photoReason: reason, photoDecidedAt: at }).where(eq(contestEntries.id, entryId));
}

/** The photos of these people's entries (erasure deletes them). */
export async function photoIdsOfPeople(db: Db, personIds: string[]): Promise<string[]> {
	if (!personIds.length) return [];
	const rows = await db.select({ imageId: contestEntries.imageId }).from(contestEntries).where(and(inArray(contestEntries.personId, personIds), isNotNull(contestEntries.imageId)));
	return rows.map((r) => r.imageId!);
}
