import { and, desc, eq, gt, lte } from 'drizzle-orm';
import { session } from '../db/schema';
import type { Db } from '../db/types';

export type SessionRow = { id: string; createdAt: Date; updatedAt: Date; expiresAt: Date; userAgent: string | null; ipAddress: string | null };

/** The user's sessions that have not expired, most recently used first. */
export async function activeSessions(db: Db, userId: string): Promise<SessionRow[]> {
	return db
		.select({
			id: session.id,
			createdAt: session.createdAt,
			updatedAt: session.updatedAt,
			expiresAt: session.expiresAt,
			userAgent: session.userAgent,
			ipAddress: session.ipAddress
		})
		.from(session)
		.where(and(eq(session.userId, userId), gt(session.expiresAt, new Date())))
		.orderBy(desc(session.updatedAt));
}

/** Ends every session of the user ("sign out everywhere"). A removed role needs none of this: the principal is read on every request. */
export async function deleteSessionsOf(db: Db, userId: string): Promise<void> {
	await db.delete(session).where(eq(session.userId, userId));
}

/** Drops sessions past their expiry (nobody can use them any more); the job worker's housekeeping. */
export async function purgeExpiredSessions(db: Db, now = new Date()): Promise<void> {
	await db.delete(session).where(lte(session.expiresAt, now));
}
