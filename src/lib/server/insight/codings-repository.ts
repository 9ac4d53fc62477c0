/** interview_codings: passages tagged with codes, one row per coder. */
import { and, eq, inArray } from 'drizzle-orm';
import { interviewCodings, interviews, needCodes, user } from '../db/schema';
import type { Db } from '../db/types';

export type CodingRow = { id: string; interviewId: string; codeId: string; coderId: string; start: number; end: number };

const columns = {
	id: interviewCodings.id,
	interviewId: interviewCodings.interviewId,
	codeId: interviewCodings.codeId,
	coderId: interviewCodings.coderId,
	start: interviewCodings.startOffset,
	end: interviewCodings.endOffset
};

/** Tags passages; a passage the coder already tagged with that code is not written twice. Returns how many are new. */
export async function insertCodings(db: Db, rows: { interviewId: string; codeId: string; coderId: string; start: number; end: number }[]): Promise<number> {
	if (rows.length === 0) return 0;
	const inserted = await db
		.insert(interviewCodings)
		.values(rows.map((r) => ({ interviewId: r.interviewId, codeId: r.codeId, coderId: r.coderId, startOffset: r.start, endOffset: r.end })))
		.onConflictDoNothing()
		.returning({ id: interviewCodings.id });
	return inserted.length;
}

export async function deleteCoding(db: Db, interviewId: string, codingId: string): Promise<boolean> {
	const rows = await db.delete(interviewCodings).where(and(eq(interviewCodings.id, codingId), eq(interviewCodings.interviewId, interviewId))).returning({ id: interviewCodings.id });
	return rows.length > 0;
}

export async function findCoding(db: Db, codingId: string): Promise<CodingRow | null> {
	if (!/^[0-9a-f-]{36}$/i.test(codingId)) return null;
	const [row] = await db.select(columns).from(interviewCodings).where(eq(interviewCodings.id, codingId));
	return row ?? null;
}

export async function hasCodings(db: Db, interviewId: string): Promise<boolean> {
	return (await db.select({ id: interviewCodings.id }).from(interviewCodings).where(eq(interviewCodings.interviewId, interviewId)).limit(1)).length > 0;
}

export async function codingsOf(db: Db, interviewId: string): Promise<(CodingRow & { coderName: string })[]> {
	return db
		.select({ ...columns, coderName: user.name })
		.from(interviewCodings)
		.innerJoin(user, eq(user.id, interviewCodings.coderId))
		.where(eq(interviewCodings.interviewId, interviewId));
}

/** Every coding of the organisation's interviews (the matrix and agreement). */
export async function codingsOfOrganisation(db: Db, organisationId: string): Promise<CodingRow[]> {
	return db.select(columns).from(interviewCodings).innerJoin(interviews, eq(interviews.id, interviewCodings.interviewId)).where(eq(interviews.organisationId, organisationId));
}

/** Whether these code ids all belong to the organisation. */
export async function codesBelong(db: Db, organisationId: string, codeIds: readonly string[]): Promise<boolean> {
	const ids = [...new Set(codeIds)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
	if (ids.length !== new Set(codeIds).size) return false;
	const rows = await db.select({ id: needCodes.id }).from(needCodes).where(and(eq(needCodes.organisationId, organisationId), inArray(needCodes.id, ids)));
	return rows.length === ids.length;
}

/** How many codings an account made (its personal-data download). */
export async function codingsBy(db: Db, userId: string): Promise<{ interviewId: string; codeId: string; start: number; end: number }[]> {
	return db.select({ interviewId: interviewCodings.interviewId, codeId: interviewCodings.codeId, start: interviewCodings.startOffset, end: interviewCodings.endOffset }).from(interviewCodings).where(eq(interviewCodings.coderId, userId));
}
