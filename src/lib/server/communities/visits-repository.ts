/** SQL for place_visit_requests: only the host's staff read them; never public, never in the API. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { placeVisitRequests } from '../db/schema';
import type { Db } from '../db/types';

export type VisitStatus = 'new' | 'answered' | 'closed';
export type VisitRow = { id: string; placeId: string; name: string; email: string; phone: string | null; preferredOn: string | null; message: string; status: VisitStatus; answeredAt: Date | null; createdAt: Date };

const columns = {
	id: placeVisitRequests.id,
	placeId: placeVisitRequests.placeId,
	name: placeVisitRequests.name,
	email: placeVisitRequests.email,
	phone: placeVisitRequests.phone,
	preferredOn: placeVisitRequests.preferredOn,
	message: placeVisitRequests.message,
	status: placeVisitRequests.status,
	answeredAt: placeVisitRequests.answeredAt,
	createdAt: placeVisitRequests.createdAt
};

export type VisitInput = { placeId: string; personId: string | null; name: string; email: string; phone: string | null; preferredOn: string | null; message: string };

export async function insertVisit(db: Db, v: VisitInput): Promise<string> {
	const [row] = await db.insert(placeVisitRequests).values(v).returning({ id: placeVisitRequests.id });
	return row.id;
}

export async function listVisits(db: Db, placeId: string): Promise<VisitRow[]> {
	// new first, then the most recent: the inbox is worked from the top
	return db
		.select(columns)
		.from(placeVisitRequests)
		.where(eq(placeVisitRequests.placeId, placeId))
		.orderBy(sql`CASE ${placeVisitRequests.status} WHEN 'new' THEN 0 WHEN 'answered' THEN 1 ELSE 2 END`, desc(placeVisitRequests.createdAt));
}

export async function countNewVisits(db: Db, placeIds: string[]): Promise<number> {
	if (!placeIds.length) return 0;
	const [row] = await db
		.select({ n: sql<number>`count(*)` })
		.from(placeVisitRequests)
		.where(and(inArray(placeVisitRequests.placeId, placeIds), eq(placeVisitRequests.status, 'new')));
	return Number(row?.n ?? 0);
}

export async function findVisit(db: Db, placeId: string, id: string): Promise<VisitRow | null> {
	const [row] = await db.select(columns).from(placeVisitRequests).where(and(eq(placeVisitRequests.id, id), eq(placeVisitRequests.placeId, placeId)));
	return row ?? null;
}

export async function setVisitStatus(db: Db, id: string, status: VisitStatus, answeredAt?: Date): Promise<void> {
	await db
		.update(placeVisitRequests)
		.set({ status, updatedAt: new Date(), ...(answeredAt ? { answeredAt } : {}) })
		.where(eq(placeVisitRequests.id, id));
}

export async function visitsByEmail(db: Db, email: string) {
	return db
		.select({ placeId: placeVisitRequests.placeId, name: placeVisitRequests.name, email: placeVisitRequests.email, phone: placeVisitRequests.phone, preferredOn: placeVisitRequests.preferredOn, message: placeVisitRequests.message, status: placeVisitRequests.status, createdAt: placeVisitRequests.createdAt })
		.from(placeVisitRequests)
		.where(sql`lower(${placeVisitRequests.email}) = ${email.toLowerCase()}`);
}

export async function deleteVisitsByEmail(db: Db, email: string): Promise<number> {
	return (await db.delete(placeVisitRequests).where(sql`lower(${placeVisitRequests.email}) = ${email.toLowerCase()}`).returning({ id: placeVisitRequests.id })).length;
}

/**
 * Requests whose last change lies longer ago than their host's retention (organisations.
 * participant_retention_days, as for event registrants; 365 days when the place has no host) go
 * entirely: their only purpose was arranging that visit.
 */
export async function deleteVisitsPastRetention(db: Db, now: Date): Promise<number> {
	const due = sql`${placeVisitRequests.updatedAt} + make_interval(days => coalesce((
		SELECT o.participant_retention_days FROM places p JOIN organisations o ON o.id = p.operator_id WHERE p.id = ${placeVisitRequests.placeId}
	), 365)) <= ${now}`;
	return (await db.delete(placeVisitRequests).where(due).returning({ id: placeVisitRequests.id })).length;
}
