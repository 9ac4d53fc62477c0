/**
 * The weekly unmet-demand e-mail (issue 20): every Monday each subscribed staff member gets last
 * week's top needs in their organisation's territory, in their language. A subscription
 * remembers the last week mailed, so a retried job never mails a week twice.
 */
import { m } from '$lib/paraglide/messages';
import { isLocale } from '$lib/i18n/locales';
import { rigaMoment } from '$lib/domain/riga-time';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { mailUrl } from '../mail/links';
import { enqueueMail } from '../mail/outbox';
import { coveredMunicipalities, latvianMunicipalities } from './areas-repository';
import { topNeeds, weeklyTotals } from './demand-repository';
import { listSubscribers, markSent } from './marks-repository';
import { addDays, mondayOf } from './weeks';

export const WEEKLY_JOB = 'insight.weekly';
const SHOWN = 10;

/** Mails last week's digest to every subscriber not yet mailed for it; returns how many were queued. */
export async function sendWeeklyDigests(db: Db, now = new Date()): Promise<number> {
	const week = addDays(mondayOf(rigaMoment(now).date), -7);
	const subscribers = (await listSubscribers(db)).filter((s) => s.lastSentWeek === null || s.lastSentWeek < week);
	if (subscribers.length === 0) return 0;
	const all = await latvianMunicipalities(db);
	const covered = await coveredMunicipalities(db, [...new Set(subscribers.map((s) => s.organisationId))], all);
	let sent = 0;
	for (const s of subscribers) {
		const territory = covered.get(s.organisationId) ?? [];
		const scope = { from: week, to: addDays(week, 6), municipalityIds: territory.length && territory.length < all.length ? territory : null };
		const total = (await weeklyTotals(db, scope)).reduce((a, w) => a + w.searches, 0);
		await db.transaction(async (tx) => {
			if (total > 0) {
				const locale = isLocale(s.locale) ? s.locale : 'lv';
				const needs = await topNeeds(tx, scope, SHOWN);
				const lines = needs.map((n) => m.insight_mail_line({ need: n.label, count: n.searches }, { locale })).join('\n');
				await enqueueMail(tx, {
					to: s.email,
					subject: m.insight_mail_subject({ organisation: s.organisationName, week }, { locale }),
					text: m.insight_mail_text({ total, week, needs: lines, url: mailUrl(locale, `organizacijas/${s.organisationSlug}/darbs/pieprasijums`) }, { locale })
				});
				sent++;
			}
			// a week without unmet searches is "sent" too: nothing to say, and nothing to retry
			await markSent(tx, s.organisationId, s.userId, week);
		});
	}
	return sent;
}

/** Monday 05:00 UTC (07:00 or 08:00 in Riga) after `now`. */
export function nextWeeklyAt(now: Date): Date {
	const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 5, 0));
	while (at.getUTCDay() !== 1 || at <= now) at.setUTCDate(at.getUTCDate() + 1);
	return at;
}

export async function scheduleWeeklyDigest(db: Db, now = new Date()): Promise<void> {
	const at = nextWeeklyAt(now);
	await enqueueJob(db, WEEKLY_JOB, {}, { runAt: at, dedupeKey: `${WEEKLY_JOB}:${at.toISOString().slice(0, 10)}` });
}
