/** All SQL on alert_subscriptions. */
import { and, eq, isNotNull, lt, or, sql } from 'drizzle-orm';
import { alertSubscriptions as a } from '../db/schema';
import type { Db } from '../db/types';

export type SubscriptionRow = {
	id: string;
	email: string;
	locale: string;
	userId: string | null;
	query: string;
	what: string[];
	status: 'pending' | 'confirmed';
	consentText: string;
	createdAt: Date;
	confirmedAt: Date | null;
	lastSentAt: Date | null;
	expiresAt: Date | null;
};

const columns = {
	id: a.id,
	email: a.email,
	locale: a.locale,
	userId: a.userId,
	query: a.query,
	what: a.what,
	status: a.status,
	consentText: a.consentText,
	createdAt: a.createdAt,
	confirmedAt: a.confirmedAt,
	lastSentAt: a.lastSentAt,
	expiresAt: a.expiresAt
};

const sameAddress = (email: string) => sql`lower(${a.email}) = ${email.toLowerCase()}`;

export async function findSubscription(db: Db, id: string, opts: { lock?: boolean } = {}): Promise<SubscriptionRow | null> {
	const q = db.select(columns).from(a).where(eq(a.id, id));
	const [row] = opts.lock ? await q.for('update') : await q;
	return row ?? null;
}

/** The same saved search for the same address (one row each: subscribing twice renews it). */
export async function findSameSubscription(db: Db, email: string, query: string): Promise<SubscriptionRow | null> {
	const [row] = await db.select(columns).from(a).where(and(sameAddress(email), eq(a.query, query))).limit(1).for('update');
	return row ?? null;
}

export async function insertSubscription(
	db: Db,
	v: { email: string; locale: string; userId: string | null; query: string; what: string[]; consentText: string; expiresAt: Date }
): Promise<string> {
	const [row] = await db.insert(a).values(v).returning({ id: a.id });
	return row.id;
}

export async function renewPending(db: Db, id: string, v: { locale: string; what: string[]; consentText: string; expiresAt: Date; userId: string | null }): Promise<void> {
	await db.update(a).set({ ...v, createdAt: new Date() }).where(eq(a.id, id));
}

export async function setWhat(db: Db, id: string, what: string[]): Promise<void> {
	await db.update(a).set({ what }).where(eq(a.id, id));
}

export async function markConfirmed(db: Db, id: string, at: Date): Promise<void> {
	await db.update(a).set({ status: 'confirmed', confirmedAt: at, lastSentAt: at, expiresAt: null }).where(eq(a.id, id));
}

export async function markSent(db: Db, id: string, at: Date): Promise<void> {
	await db.update(a).set({ lastSentAt: at }).where(eq(a.id, id));
}

export async function deleteSubscription(db: Db, id: string): Promise<number> {
	return (await db.delete(a).where(eq(a.id, id)).returning({ id: a.id })).length;
}

/** Every alert to one address ("unsubscribe from all"). */
export async function deleteSubscriptionsOf(db: Db, email: string): Promise<number> {
	return (await db.delete(a).where(sameAddress(email)).returning({ id: a.id })).length;
}

export async function confirmedSubscriptions(db: Db): Promise<SubscriptionRow[]> {
	return db.select(columns).from(a).where(eq(a.status, 'confirmed')).orderBy(a.createdAt, a.id);
}

/** Unconfirmed subscriptions past their time: deleted with their address (data minimisation). */
export async function deleteExpired(db: Db, now: Date): Promise<number> {
	return (await db.delete(a).where(and(eq(a.status, 'pending'), isNotNull(a.expiresAt), lt(a.expiresAt, now))).returning({ id: a.id })).length;
}

/** A person's alerts: linked to their account, or to its (verified) address. */
export async function subscriptionsOfPerson(db: Db, userId: string, email: string): Promise<SubscriptionRow[]> {
	return db.select(columns).from(a).where(or(eq(a.userId, userId), sameAddress(email))).orderBy(a.createdAt);
}

export async function deleteSubscriptionsOfPerson(db: Db, userId: string, email: string): Promise<void> {
	await db.delete(a).where(or(eq(a.userId, userId), sameAddress(email)));
}
