/**
 * The weekly match digest: each account that wrote a published profile hears, in its language,
 * of the counterparts suggested since the last digest (cooperation_matches.digestedAt is null) —
 * both sides of a pair, each about the other. Opted-out accounts are skipped (their pairs are
 * marked too, so opting in again does not bring a backlog). Every mail carries a one-click
 * unsubscribe link and RFC 8058 headers. One transaction: mails and marks commit together.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { unsubscribeHeaders } from '../alerts/mails';
import { cooperationDigestOptOuts, cooperationMatches } from '../db/schema';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { nextAlertDigestAt } from '../alerts/digest';
import { mailUrl } from '../mail/links';
import { enqueueMail } from '../mail/outbox';
import { recipientOf } from './mails';
import { profilesByIds } from './profiles-repository';
import { publishedMatchInputs } from './match-inputs';
import { unsubscribeUrl } from './unsubscribe';

export const DIGEST_JOB = 'cooperation.digest';

/** Mondays, with the alerts' digest hour. */
export async function scheduleCooperationDigest(db: Db, now = new Date()): Promise<void> {
	const at = nextAlertDigestAt(now);
	await enqueueJob(db, DIGEST_JOB, {}, { runAt: at, dedupeKey: `${DIGEST_JOB}:${at.toISOString().slice(0, 10)}` });
}

/** Sends the week's digests; returns how many mails were queued. */
export async function sendMatchDigests(db: Db, now = new Date()): Promise<number> {
	const fresh = await db.select({ a: cooperationMatches.profileId, b: cooperationMatches.counterpartId }).from(cooperationMatches).where(isNull(cooperationMatches.digestedAt));
	if (!fresh.length) return 0;
	const live = new Set((await publishedMatchInputs(db, now, [...new Set(fresh.flatMap((f) => [f.a, f.b]))])).map((x) => x.id));
	const pairs = fresh.filter((f) => live.has(f.a) && live.has(f.b));
	const profiles = new Map((await profilesByIds(db, [...live])).map((p) => [p.id, p]));
	const optedOut = new Set((await db.select({ userId: cooperationDigestOptOuts.userId }).from(cooperationDigestOptOuts)).map((o) => o.userId));
	// account → its profiles' new counterparts
	const byAccount = new Map<string, { own: string; other: string }[]>();
	for (const { a, b } of pairs) {
		for (const [own, other] of [[a, b], [b, a]] as const) {
			const userId = profiles.get(own)?.createdByUserId;
			if (!userId || optedOut.has(userId)) continue;
			byAccount.set(userId, [...(byAccount.get(userId) ?? []), { own, other }]);
		}
	}
	let sent = 0;
	await db.transaction(async (tx) => {
		for (const [userId, lines] of byAccount) {
			const to = await recipientOf(tx, userId);
			if (!to) continue;
			const locale = to.locale;
			const url = unsubscribeUrl(locale, lines[0].own);
			const body = lines.map(({ own, other }) => {
				const o = profiles.get(other)!;
				return `• ${localized(o.title, locale)}\n  ${m.coop_mail_digest_for({ title: localized(profiles.get(own)!.title, locale) }, { locale })}\n  ${mailUrl(locale, `sadarbiba/${o.slug}`)}`;
			});
			const text = [m.coop_mail_digest_intro({}, { locale }), '', ...body, '', m.coop_mail_digest_footer({ url }, { locale })].join('\n');
			await enqueueMail(tx, { to: to.email, subject: m.coop_mail_digest_subject({ count: lines.length }, { locale }), text, headers: unsubscribeHeaders(url) });
			sent++;
		}
		for (const f of fresh) {
			await tx.update(cooperationMatches).set({ digestedAt: now }).where(and(eq(cooperationMatches.profileId, f.a), eq(cooperationMatches.counterpartId, f.b)));
		}
	});
	return sent;
}
