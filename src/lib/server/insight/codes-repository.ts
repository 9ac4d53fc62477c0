/** need_codes: an organisation's needs taxonomy. */
import { and, eq, sql } from 'drizzle-orm';
import { interviewCodings, needCodes } from '../db/schema';
import type { Db } from '../db/types';
import { latvianSortKey } from '../../text/collation';

export type CodeRow = { id: string; parentId: string | null; name: string; description: string; sortKey: string };

const columns = { id: needCodes.id, parentId: needCodes.parentId, name: needCodes.name, description: needCodes.description, sortKey: needCodes.sortKey };

export async function listCodes(db: Db, organisationId: string): Promise<CodeRow[]> {
	return db.select(columns).from(needCodes).where(eq(needCodes.organisationId, organisationId));
}

/** A new code; null when a sibling of that name exists already. */
export async function insertCode(db: Db, organisationId: string, code: { parentId: string | null; name: string; description: string; id?: string }): Promise<string | null> {
	const rows = await db
		.insert(needCodes)
		.values({ ...code, organisationId, sortKey: latvianSortKey(code.name) })
		.onConflictDoNothing()
		.returning({ id: needCodes.id });
	return rows[0]?.id ?? null;
}

/** Renames or moves a code; false when a sibling there has that name already. */
export async function updateCode(db: Db, id: string, fields: { parentId: string | null; name: string; description: string }): Promise<boolean> {
	const clash = await db
		.select({ id: needCodes.id })
		.from(needCodes)
		.where(and(sql`${needCodes.parentId} IS NOT DISTINCT FROM ${fields.parentId}`, eq(needCodes.name, fields.name), sql`${needCodes.id} <> ${id}`, sql`${needCodes.organisationId} = (SELECT organisation_id FROM need_codes WHERE id = ${id})`));
	if (clash.length) return false;
	await db.update(needCodes).set({ ...fields, sortKey: latvianSortKey(fields.name) }).where(eq(needCodes.id, id));
	return true;
}

/** Moves the codings of one code to another (a passage a coder tagged with both stays once); returns how many moved. */
export async function moveCodings(db: Db, from: string, into: string): Promise<number> {
	const result = await db.execute(sql`INSERT INTO ${interviewCodings} (interview_id, code_id, coder_id, start_offset, end_offset, created_at)
		SELECT interview_id, ${into}::uuid, coder_id, start_offset, end_offset, created_at FROM ${interviewCodings} WHERE code_id = ${from}::uuid
		ON CONFLICT DO NOTHING RETURNING id`);
	return (result as unknown as { rows: unknown[] }).rows.length;
}

export async function setParent(db: Db, id: string, parentId: string | null): Promise<void> {
	await db.update(needCodes).set({ parentId }).where(eq(needCodes.id, id));
}

/** Deletes a code (its codings go with it: the flow moves them first when merging). */
export async function deleteCode(db: Db, id: string): Promise<void> {
	await db.delete(needCodes).where(eq(needCodes.id, id));
}
