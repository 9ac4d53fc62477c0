/**
 * The daily digest: each moderator and territory editor gets one mail with the count and the
 * oldest waiting items in their reach — only when something waits. Runs as a recurring job.
 */
import { m } from '$lib/paraglide/messages';
import { isLocale } from '$lib/i18n/locales';
import { localized } from '$lib/domain/localized';
import type { LocalizedText } from '$lib/domain/types';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { territoryIdsOf } from '../auth/users-repository';
import { user, userRoles } from '../db/schema';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { ageInDays } from './domain';
import { mailDigest } from './mails';
import { countQueue, listingNames, listQueue } from './revisions-repository';

export const DIGEST_JOB = 'moderation.digest';
const OLDEST_SHOWN = 5;

type Reviewer = { userId: string; email: string; locale: string; everywhere: boolean };

async function reviewers(db: Db): Promise<Reviewer[]> {
	const rows = await db
		.select({ userId: user.id, email: user.email, locale: user.locale, role: userRoles.role })
		.from(userRoles)
		.innerJoin(user, eq(user.id, userRoles.userId))
		.where(and(inArray(userRoles.role, ['admin', 'moderator', 'territory_editor']), isNull(user.deletedAt)));
	const byUser = new Map<string, Reviewer>();
	for (const r of rows) {
		const everywhere = r.role !== 'territory_editor';
		const seen = byUser.get(r.userId);
		byUser.set(r.userId, { userId: r.userId, email: r.email, locale: r.locale, everywhere: everywhere || (seen?.everywhere ?? false) });
	}
	return [...byUser.values()];
}

/** Sends the digests; returns how many mails were queued. */
export async function sendDigests(db: Db, now = new Date()): Promise<number> {
	let sent = 0;
	for (const r of await reviewers(db)) {
		const filter = r.everywhere ? {} : { withinMunicipalities: (await territoryIdsOf(db, r.userId)).map(Number) };
		const { count } = await countQueue(db, filter);
		if (count === 0) continue;
		const locale = isLocale(r.locale) ? r.locale : 'lv';
		const oldest = await listQueue(db, filter, OLDEST_SHOWN, 0);
		const names = await listingNames(db, oldest);
		const typeLabel = { producer: m.moderation_type_producer, product: m.moderation_type_product, sales_point: m.moderation_type_sales_point, place: m.moderation_type_place };
		await mailDigest(db, {
			to: r.email,
			locale,
			count,
			oldest: oldest.map((rev) => {
				const name = (rev.proposed.name ?? names.get(rev.entityId) ?? '') as string | LocalizedText;
				return {
					name: typeof name === 'string' ? name : localized(name, locale),
					typeLabel: typeLabel[rev.entityType]({}, { locale }),
					days: ageInDays(rev.queuedAt ?? rev.createdAt, now)
				};
			})
		});
		sent++;
	}
	return sent;
}

/** 05:00 UTC (07:00 or 08:00 in Riga) on the day after `now`, or today if that is still ahead. */
export function nextDigestAt(now: Date): Date {
	const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 5, 0, 0));
	if (at <= now) at.setUTCDate(at.getUTCDate() + 1);
	return at;
}

/**
 * Puts the next digest on the job queue; the dedupe key (one per day) makes it safe to call from
 * every app process at start-up and from the job itself.
 */
export async function scheduleNextDigest(db: Db, now = new Date()): Promise<void> {
	const at = nextDigestAt(now);
	await enqueueJob(db, DIGEST_JOB, {}, { runAt: at, dedupeKey: `${DIGEST_JOB}:${at.toISOString().slice(0, 10)}` });
}
