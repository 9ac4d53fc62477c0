/** demand_marks, demand_subscriptions and demand_publications: what staff note and choose about unmet demand. */
import { and, eq, isNull } from 'drizzle-orm';
import { demandMarks, demandPublications, demandSubscriptions, organisations, user } from '../db/schema';
import type { Db } from '../db/types';

export type MarkStatus = 'known' | 'addressed';
export type Mark = { needKey: string; status: MarkStatus; note: string; updatedAt: Date; updatedByName: string | null };

export async function marksOf(db: Db, organisationId: string): Promise<Map<string, Mark>> {
	const rows = await db
		.select({ needKey: demandMarks.needKey, status: demandMarks.status, note: demandMarks.note, updatedAt: demandMarks.updatedAt, updatedByName: user.name })
		.from(demandMarks)
		.leftJoin(user, eq(user.id, demandMarks.updatedBy))
		.where(eq(demandMarks.organisationId, organisationId));
	return new Map(rows.map((r) => [r.needKey, r]));
}

export async function upsertMark(db: Db, organisationId: string, mark: { needKey: string; status: MarkStatus; note: string; userId: string }): Promise<void> {
	const values = { organisationId, needKey: mark.needKey, status: mark.status, note: mark.note, updatedBy: mark.userId, updatedAt: new Date() };
	await db
		.insert(demandMarks)
		.values(values)
		.onConflictDoUpdate({ target: [demandMarks.organisationId, demandMarks.needKey], set: { status: values.status, note: values.note, updatedBy: values.updatedBy, updatedAt: values.updatedAt } });
}

export async function deleteMark(db: Db, organisationId: string, needKey: string): Promise<void> {
	await db.delete(demandMarks).where(and(eq(demandMarks.organisationId, organisationId), eq(demandMarks.needKey, needKey)));
}

export async function isSubscribed(db: Db, organisationId: string, userId: string): Promise<boolean> {
	const rows = await db.select({ u: demandSubscriptions.userId }).from(demandSubscriptions).where(and(eq(demandSubscriptions.organisationId, organisationId), eq(demandSubscriptions.userId, userId)));
	return rows.length > 0;
}

export async function setSubscribed(db: Db, organisationId: string, userId: string, on: boolean): Promise<void> {
	if (on) await db.insert(demandSubscriptions).values({ organisationId, userId }).onConflictDoNothing();
	else await db.delete(demandSubscriptions).where(and(eq(demandSubscriptions.organisationId, organisationId), eq(demandSubscriptions.userId, userId)));
}

export type Subscriber = { organisationId: string; organisationSlug: string; organisationName: string; userId: string; email: string; locale: string; lastSentWeek: string | null };

/** Subscriptions of accounts that still exist, with where to send them. */
export async function listSubscribers(db: Db): Promise<Subscriber[]> {
	return db
		.select({
			organisationId: demandSubscriptions.organisationId,
			organisationSlug: organisations.slug,
			organisationName: organisations.name,
			userId: demandSubscriptions.userId,
			email: user.email,
			locale: user.locale,
			lastSentWeek: demandSubscriptions.lastSentWeek
		})
		.from(demandSubscriptions)
		.innerJoin(user, eq(user.id, demandSubscriptions.userId))
		.innerJoin(organisations, eq(organisations.id, demandSubscriptions.organisationId))
		.where(and(eq(user.emailVerified, true), isNull(user.deletedAt)));
}

export async function markSent(db: Db, organisationId: string, userId: string, week: string): Promise<void> {
	await db.update(demandSubscriptions).set({ lastSentWeek: week }).where(and(eq(demandSubscriptions.organisationId, organisationId), eq(demandSubscriptions.userId, userId)));
}

export async function subscriptionsOf(db: Db, userId: string): Promise<{ organisation: string; since: Date }[]> {
	return db
		.select({ organisation: organisations.name, since: demandSubscriptions.createdAt })
		.from(demandSubscriptions)
		.innerJoin(organisations, eq(organisations.id, demandSubscriptions.organisationId))
		.where(eq(demandSubscriptions.userId, userId));
}

export async function isPublished(db: Db, organisationId: string): Promise<boolean> {
	return (await db.select({ o: demandPublications.organisationId }).from(demandPublications).where(eq(demandPublications.organisationId, organisationId))).length > 0;
}

export async function setPublished(db: Db, organisationId: string, userId: string, on: boolean): Promise<void> {
	if (on) await db.insert(demandPublications).values({ organisationId, publishedBy: userId }).onConflictDoNothing();
	else await db.delete(demandPublications).where(eq(demandPublications.organisationId, organisationId));
}

/** Organisations that publish "what people look for here". */
export async function publishingOrganisations(db: Db): Promise<string[]> {
	return (await db.select({ id: demandPublications.organisationId }).from(demandPublications)).map((r) => r.id);
}
