import { and, eq, like, lte } from 'drizzle-orm';
import { verification } from '../db/schema';
import type { Db } from '../db/types';

/**
 * Drops better-auth's verification rows (e-mail confirmation and password reset tokens) past their
 * expiry: they can no longer be used, and each names an e-mail address. The job worker's housekeeping.
 */
export async function purgeExpiredVerifications(db: Db, now = new Date()): Promise<void> {
	await db.delete(verification).where(lte(verification.expiresAt, now));
}

/** Password reset links still open for a user (better-auth keeps `reset-password:<token>` → user id). */
export async function deleteResetTokensOf(db: Db, userId: string): Promise<void> {
	await db.delete(verification).where(and(like(verification.identifier, 'reset-password:%'), eq(verification.value, userId)));
}
