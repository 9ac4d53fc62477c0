// All SQL for contest entries (db/schema/contests.ts).
import { and, count, eq, inArray, isNotNull } from 'drizzle-orm';
import { contestEntries, contests, people, territories } from '../db/schema';
import { toNumber, type Db } from '../db/types';

export async function insertEntry(
	db: Db,
	v: { contestId: string; personId: string; publicId: string; answer: string | null; municipalityId: number | null; confirmedAt: Date | null }
): Promise<string | null> {
	const [row] = await db.insert(contestEntries).values(v).onConflictDoNothing().returning({ id: contestEntries.id });
	return row?.id ?? null;
}

const entryColumns = {
	id: contestEntries.id,
	contestId: contestEntries.contestId,
	personId: contestEntries.personId,
	publicId: contestEntries.publicId,
	municipalityId: contestEntries.municipalityId,
	confirmedAt: contestEntries.confirmedAt,
	participationId: contestEntries.participationId,
	decision: contestEntries.decision,
	consentedAt: contestEntries.consentedAt
};

export async function findEntry(db: Db, id: string) {
	const [row] = await db.select(entryColumns).from(contestEntries).where(eq(contestEntries.id, id));
	return row ?? null;
}

export async function findEntryOfPerson(db: Db, contestId: string, personId: string) {
	const [row] = await db.select(entryColumns).from(contestEntries).where(and(eq(contestEntries.contestId, contestId), eq(contestEntries.personId, personId)));
	return row ?? null;
}

export async function findEntryByPublicId(db: Db, contestId: string, publicId: string) {
	const [row] = await db.select(entryColumns).from(contestEntries).where(and(eq(contestEntries.contestId, contestId), eq(contestEntries.publicId, publicId)));
	return row ?? null;
}

export async function confirmEntry(db: Db, id: string, at: Date, participationId: string): Promise<void> {
	await db.update(contestEntries).set({ confirmedAt: at, participationId }).where(eq(contestEntries.id, id));
}

/** The public ids of the confirmed entries (a photo contest: only those whose photo staff approved): what the frozen list holds. */
export async function confirmedPublicIds(db: Db, contestId: string, approvedPhotoOnly = false): Promise<string[]> {
	const rows = await db
		.select({ publicId: contestEntries.publicId })
		.from(contestEntries)
		.where(and(eq(contestEntries.contestId, contestId), isNotNull(contestEntries.confirmedAt), approvedPhotoOnly ? eq(contestEntries.photoStatus, 'approved') : undefined));
	return rows.map((r) => r.publicId);
}

/** The entries behind drawn public ids, with what a public page may show once they consent. */
export async function entriesByPublicIds(db: Db, contestId: string, publicIds: string[]) {
	if (!publicIds.length) return [];
	return db
		.select({ ...entryColumns, name: people.name, email: people.email, locale: people.locale, municipality: territories.name })
		.from(contestEntries)
		.innerJoin(people, eq(people.id, contestEntries.personId))
		.leftJoin(territories, eq(territories.id, contestEntries.municipalityId))
		.where(and(eq(contestEntries.contestId, contestId), inArray(contestEntries.publicId, publicIds)));
}

export async function countEntries(db: Db, contestId: string): Promise<{ all: number; confirmed: number }> {
	const [row] = await db
		.select({ all: count(), confirmed: count(contestEntries.confirmedAt) })
		.from(contestEntries)
		.where(eq(contestEntries.contestId, contestId));
	return { all: toNumber(row?.all), confirmed: toNumber(row?.confirmed) };
}

/** The winners set aside (declined, not eligible): the only entries the standing needs besides the order. */
export async function listDecisions(db: Db, contestId: string) {
	return db
		.select({ publicId: contestEntries.publicId, decision: contestEntries.decision })
		.from(contestEntries)
		.where(and(eq(contestEntries.contestId, contestId), isNotNull(contestEntries.decision)));
}

export async function setDecision(db: Db, id: string, decision: 'declined' | 'ineligible', at: Date): Promise<void> {
	await db.update(contestEntries).set({ decision, decidedAt: at }).where(eq(contestEntries.id, id));
}

export async function setConsent(db: Db, id: string, at: Date): Promise<void> {
	await db.update(contestEntries).set({ consentedAt: at }).where(eq(contestEntries.id, id));
}

export async function moveEntries(tx: Db, fromPersonId: string, toPersonId: string): Promise<number> {
	// an entry the survivor already has in the same contest stays with the merged row (one entry per person)
	const mine = await tx.select({ contestId: contestEntries.contestId }).from(contestEntries).where(eq(contestEntries.personId, toPersonId));
	const taken = new Set(mine.map((r) => r.contestId));
	const theirs = await tx.select({ id: contestEntries.id, contestId: contestEntries.contestId }).from(contestEntries).where(eq(contestEntries.personId, fromPersonId));
	const ids = theirs.filter((r) => !taken.has(r.contestId)).map((r) => r.id);
	if (ids.length) await tx.update(contestEntries).set({ personId: toPersonId }).where(inArray(contestEntries.id, ids));
	return ids.length;
}

/** Anonymisation keeps the public id (the frozen list must still hash the same) and clears the rest. */
export async function eraseEntryTexts(tx: Db, personIds: string[]): Promise<void> {
	if (!personIds.length) return;
	await tx.update(contestEntries).set({ answer: null, municipalityId: null, consentedAt: null }).where(inArray(contestEntries.personId, personIds));
}

export async function entriesForExport(db: Db, personIds: string[]) {
	if (!personIds.length) return [];
	return db
		.select({ contest: contests.slug, publicId: contestEntries.publicId, answer: contestEntries.answer, photo: contestEntries.imageId, photoStatus: contestEntries.photoStatus, photoReason: contestEntries.photoReason, confirmedAt: contestEntries.confirmedAt, decision: contestEntries.decision, consentedAt: contestEntries.consentedAt, createdAt: contestEntries.createdAt })
		.from(contestEntries)
		.innerJoin(contests, eq(contests.id, contestEntries.contestId))
		.where(inArray(contestEntries.personId, personIds));
}
