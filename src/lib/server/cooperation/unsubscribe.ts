/**
 * One-click unsubscribe from the weekly match digest, without signing in. The link names one of
 * the recipient's profiles, signed with the project's confirmation-token helper (people/tokens.ts:
 * id, expiry, HMAC with AUTH_SECRET); the opt-out is recorded for the account that wrote it —
 * the account the digest went to.
 */
import { eq } from 'drizzle-orm';
import { authSecret } from '../auth/secret';
import { cooperationDigestOptOuts, cooperationProfiles } from '../db/schema';
import type { Db } from '../db/types';
import { mailUrl } from '../mail/links';
import { signConfirmationToken, verifyConfirmationToken } from '../people/tokens';

const LINK_DAYS = 365;

export function unsubscribeToken(profileId: string, now = new Date()): string {
	return signConfirmationToken(profileId, new Date(now.getTime() + LINK_DAYS * 86_400_000), authSecret());
}

export function unsubscribeUrl(locale: string, profileId: string, now = new Date()): string {
	return mailUrl(locale, 'sadarbiba/atteikties', { t: unsubscribeToken(profileId, now) });
}

/** The account a valid link is for, or null. */
export async function unsubscribeTarget(db: Db, token: string, now = new Date()): Promise<{ userId: string; optedOut: boolean } | null> {
	const check = verifyConfirmationToken(token, authSecret(), now);
	if (!check.ok) return null;
	const [p] = await db.select({ userId: cooperationProfiles.createdByUserId }).from(cooperationProfiles).where(eq(cooperationProfiles.id, check.id));
	if (!p?.userId) return null;
	const [o] = await db.select({ userId: cooperationDigestOptOuts.userId }).from(cooperationDigestOptOuts).where(eq(cooperationDigestOptOuts.userId, p.userId));
	return { userId: p.userId, optedOut: !!o };
}

/** Records the opt-out (idempotent); false for an invalid link. */
export async function unsubscribeDigest(db: Db, token: string, now = new Date()): Promise<boolean> {
	const target = await unsubscribeTarget(db, token, now);
	if (!target) return false;
	await db.insert(cooperationDigestOptOuts).values({ userId: target.userId, createdAt: now }).onConflictDoNothing();
	return true;
}
