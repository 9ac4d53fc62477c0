/**
 * One-click unsubscribe from the weekly match digest, without signing in. The link names one of
 * the recipient's profiles, signed for this purpose only (auth/signed-id.ts), so it never passes for
 * another link; like the alerts' unsubscribe it does not expire. The opt-out is recorded for the
 * account that wrote the profile — the account the digest went to.
 */
import { eq } from 'drizzle-orm';
import { authSecret } from '../auth/secret';
import { readSignedId, signedId } from '../auth/signed-id';
import { cooperationDigestOptOuts, cooperationProfiles } from '../db/schema';
import type { Db } from '../db/types';
import { mailUrl } from '../mail/links';

const PURPOSE = 'cooperation-digest-unsubscribe';

export const unsubscribeToken = (profileId: string): string => signedId(PURPOSE, profileId, authSecret());

export const unsubscribeUrl = (locale: string, profileId: string): string => mailUrl(locale, 'sadarbiba/atteikties', { t: unsubscribeToken(profileId) });

/** The account a valid link is for, or null. */
export async function unsubscribeTarget(db: Db, token: string): Promise<{ userId: string; optedOut: boolean } | null> {
	const profileId = readSignedId(PURPOSE, token, authSecret());
	if (!profileId) return null;
	const [p] = await db.select({ userId: cooperationProfiles.createdByUserId }).from(cooperationProfiles).where(eq(cooperationProfiles.id, profileId));
	if (!p?.userId) return null;
	const [o] = await db.select({ userId: cooperationDigestOptOuts.userId }).from(cooperationDigestOptOuts).where(eq(cooperationDigestOptOuts.userId, p.userId));
	return { userId: p.userId, optedOut: !!o };
}

/** Records the opt-out (idempotent); false for an invalid link. */
export async function unsubscribeDigest(db: Db, token: string, now = new Date()): Promise<boolean> {
	const target = await unsubscribeTarget(db, token);
	if (!target) return false;
	await db.insert(cooperationDigestOptOuts).values({ userId: target.userId, createdAt: now }).onConflictDoNothing();
	return true;
}
