import { and, eq, gt, isNull, lte, or, isNotNull, sql } from 'drizzle-orm';
import { personConfirmations } from '../db/schema';
import type { Db } from '../db/types';

export async function insertConfirmation(db: Db, c: { personId: string; purpose: string; payload: Record<string, unknown>; expiresAt: Date }): Promise<string> {
	const [row] = await db.insert(personConfirmations).values(c).returning({ id: personConfirmations.id });
	return row.id;
}

/**
 * Marks the confirmation used, once: of two clicks racing, only one gets the row back. Null when
 * it was used before, has expired, or does not exist.
 */
export async function consumeConfirmation(db: Db, id: string, now: Date): Promise<{ personId: string; purpose: string; payload: Record<string, unknown> } | null> {
	const [row] = await db
		.update(personConfirmations)
		.set({ usedAt: now })
		.where(and(eq(personConfirmations.id, id), isNull(personConfirmations.usedAt), gt(personConfirmations.expiresAt, now)))
		.returning({ personId: personConfirmations.personId, purpose: personConfirmations.purpose, payload: personConfirmations.payload });
	return row ?? null;
}

/** Whether a confirmation was already used (the page then says "already confirmed", not "invalid"). */
export async function confirmationState(db: Db, id: string): Promise<'used' | 'open' | null> {
	const [row] = await db.select({ usedAt: personConfirmations.usedAt }).from(personConfirmations).where(eq(personConfirmations.id, id));
	return row ? (row.usedAt ? 'used' : 'open') : null;
}

export async function deleteConfirmationsOf(db: Db, personId: string): Promise<void> {
	await db.delete(personConfirmations).where(eq(personConfirmations.personId, personId));
}

/** Housekeeping: used links older than a day and expired ones are of no further use (their payloads may name people). */
export async function purgeConfirmations(db: Db, now: Date): Promise<void> {
	const dayAgo = new Date(now.getTime() - 86_400_000);
	await db.delete(personConfirmations).where(or(lte(personConfirmations.expiresAt, now), and(isNotNull(personConfirmations.usedAt), lte(personConfirmations.usedAt, dayAgo))));
}

/** An open link of this purpose sent to the person since `since` whose payload has `key` = `value` (a repeated form does not mail again). */
export async function hasOpenConfirmation(db: Db, q: { personId: string; purpose: string; key: string; value: string; since: Date; now: Date }): Promise<boolean> {
	const [row] = await db
		.select({ id: personConfirmations.id })
		.from(personConfirmations)
		.where(
			and(
				eq(personConfirmations.personId, q.personId),
				eq(personConfirmations.purpose, q.purpose),
				isNull(personConfirmations.usedAt),
				gt(personConfirmations.expiresAt, q.now),
				gt(personConfirmations.createdAt, q.since),
				sql`${personConfirmations.payload} ->> ${q.key} = ${q.value}`
			)
		)
		.limit(1);
	return !!row;
}
