import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { people } from '../db/schema';
import type { Db } from '../db/types';
import type { PersonFacts } from './domain';

export type PersonRow = PersonFacts & { locale: string; createdAt: Date };

const columns = {
	id: people.id,
	email: people.email,
	name: people.name,
	userId: people.userId,
	locale: people.locale,
	confirmedAt: people.confirmedAt,
	mergedIntoId: people.mergedIntoId,
	anonymisedAt: people.anonymisedAt,
	createdAt: people.createdAt
};

export async function findPersonById(db: Db, id: string): Promise<PersonRow | null> {
	const [row] = await db.select(columns).from(people).where(eq(people.id, id));
	return row ?? null;
}

/** Several rows, with a row lock so a concurrent merge or anonymisation waits (flows only). */
export async function findPeopleByIds(db: Db, ids: string[]): Promise<PersonRow[]> {
	if (!ids.length) return [];
	return db.select(columns).from(people).where(inArray(people.id, ids));
}

export async function lockPeople(db: Db, ids: string[]): Promise<PersonRow[]> {
	if (!ids.length) return [];
	return db.select(columns).from(people).where(inArray(people.id, ids)).orderBy(people.id).for('update');
}

export async function findPersonByEmail(db: Db, normalisedEmail: string): Promise<PersonRow | null> {
	const [row] = await db.select(columns).from(people).where(eq(people.email, normalisedEmail));
	return row ?? null;
}

/** The live person row linked to an account (merged rows keep no link). */
export async function findPersonByUser(db: Db, userId: string): Promise<PersonRow | null> {
	const [row] = await db
		.select(columns)
		.from(people)
		.where(and(eq(people.userId, userId), isNull(people.mergedIntoId)));
	return row ?? null;
}

/** Inserts a person for an address unless one exists (a concurrent insert wins); returns the row either way. */
export async function insertPersonIfAbsent(db: Db, p: { email: string; name: string | null; locale: string; userId?: string | null }): Promise<PersonRow> {
	await db
		.insert(people)
		.values({ email: p.email, name: p.name, locale: p.locale, userId: p.userId ?? null })
		.onConflictDoNothing({ target: people.email, where: sql`email IS NOT NULL` });
	const row = await findPersonByEmail(db, p.email);
	if (!row) throw new Error('insertPersonIfAbsent: the row vanished');
	return row;
}

export async function updatePerson(
	db: Db,
	id: string,
	set: Partial<{ name: string | null; userId: string | null; locale: string; confirmedAt: Date | null; mergedIntoId: string | null; email: string | null; anonymisedAt: Date | null }>
): Promise<void> {
	await db
		.update(people)
		.set({ ...set, updatedAt: new Date() })
		.where(eq(people.id, id));
}

/** Rows merged into `id` (directly): anonymising a person anonymises their old addresses too. */
export async function listMergedInto(db: Db, id: string): Promise<string[]> {
	const rows = await db.select({ id: people.id }).from(people).where(eq(people.mergedIntoId, id));
	return rows.map((r) => r.id);
}

/** Every row that belongs to an account: linked, or under its (confirmed) address. */
export async function listPeopleOfAccount(db: Db, userId: string, email: string): Promise<PersonRow[]> {
	return db
		.select(columns)
		.from(people)
		.where(or(eq(people.userId, userId), eq(people.email, email)));
}

/**
 * One page of the retention sweep (keyset by id): people not anonymised, not merged and not linked
 * to an account. The domain rule (`isDueForAnonymisation`) decides for each one.
 */
export async function listRetentionCandidates(db: Db, afterId: string | null, limit: number): Promise<PersonRow[]> {
	return db
		.select(columns)
		.from(people)
		.where(and(isNull(people.anonymisedAt), isNull(people.userId), isNull(people.mergedIntoId), afterId ? gt(people.id, afterId) : undefined))
		.orderBy(people.id)
		.limit(limit);
}

/** A person known only by name (a walk-in who gave no address): counted, never mailed. */
export async function insertNamedPerson(db: Db, p: { name: string; locale: string; confirmedAt: Date }): Promise<PersonRow> {
	const [row] = await db.insert(people).values({ email: null, name: p.name, locale: p.locale, confirmedAt: p.confirmedAt }).returning({ id: people.id });
	const found = await findPersonById(db, row.id);
	if (!found) throw new Error('insertNamedPerson: the row vanished');
	return found;
}
