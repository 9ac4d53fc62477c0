import { desc, eq, or } from 'drizzle-orm';
import { personMerges } from '../db/schema';
import type { Db } from '../db/types';

export type MergeRecord = { survivorId: string; mergedId: string; organisationId: string | null; actorUserId: string | null; moved: Record<string, number> };

export async function insertMerge(db: Db, m: MergeRecord): Promise<string> {
	const [row] = await db.insert(personMerges).values(m).returning({ id: personMerges.id });
	return row.id;
}

/** Merges a person took part in (either side), newest first. */
export async function mergesOf(db: Db, personId: string): Promise<(MergeRecord & { id: string; createdAt: Date })[]> {
	return db
		.select({
			id: personMerges.id,
			survivorId: personMerges.survivorId,
			mergedId: personMerges.mergedId,
			organisationId: personMerges.organisationId,
			actorUserId: personMerges.actorUserId,
			moved: personMerges.moved,
			createdAt: personMerges.createdAt
		})
		.from(personMerges)
		.where(or(eq(personMerges.survivorId, personId), eq(personMerges.mergedId, personId)))
		.orderBy(desc(personMerges.createdAt));
}
