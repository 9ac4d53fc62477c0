/**
 * The weekly digest: every confirmed alert gets one mail in its language with the producers,
 * products and sales points that became public since its last digest (or its confirmation) and
 * match its saved search — only when there is something. Every mail carries RFC 8058 one-click
 * unsubscribe headers. Each alert is sent and marked in its own transaction, so a crash halfway
 * sends nobody a second copy. Unconfirmed subscriptions past their time are deleted daily.
 */
import { localized } from '$lib/domain/localized';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { listingMailUrl } from '../mail/links';
import { searchReference, searchPort, type SavedSearchMatch } from '../search';
import { normalizeAlertQuery } from './alert-form';
import { describeAlert } from './describe';
import { mailDigest, type DigestLine } from './mails';
import { newsBetween, type News } from './news-repository';
import { confirmedSubscriptions, deleteExpired, markSent, type SubscriptionRow } from './subscriptions-repository';

export const ALERT_DIGEST_JOB = 'alerts.digest';
export const ALERT_EXPIRE_JOB = 'alerts.expire';

/** Monday 05:00 UTC (07:00 or 08:00 in Riga) after `now`. */
export function nextAlertDigestAt(now: Date): Date {
	const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 5, 0, 0));
	const toMonday = (8 - at.getUTCDay()) % 7;
	at.setUTCDate(at.getUTCDate() + toMonday);
	if (at <= now) at.setUTCDate(at.getUTCDate() + 7);
	return at;
}

/** Idempotent (one job per week and per day): called at start-up, on confirmation and by the jobs themselves. */
export async function scheduleNextAlertDigest(db: Db, now = new Date()): Promise<void> {
	const at = nextAlertDigestAt(now);
	await enqueueJob(db, ALERT_DIGEST_JOB, {}, { runAt: at, dedupeKey: `${ALERT_DIGEST_JOB}:${at.toISOString().slice(0, 10)}` });
}

/**
 * An administrator's "send the alerts digest now" (the admin mail page): the weekly job, at once.
 * Pressing twice while it waits is one run; each alert still reports only what is new since its
 * last mail, so the Monday digest does not repeat it.
 */
export async function requestAlertDigestNow(db: Db, now = new Date()): Promise<void> {
	await enqueueJob(db, ALERT_DIGEST_JOB, {}, { runAt: now, dedupeKey: `${ALERT_DIGEST_JOB}:now` });
}

export async function scheduleAlertExpiry(db: Db, now = new Date()): Promise<void> {
	const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 2, 0, 0));
	await enqueueJob(db, ALERT_EXPIRE_JOB, {}, { runAt: at, dedupeKey: `${ALERT_EXPIRE_JOB}:${at.toISOString().slice(0, 10)}` });
}

export async function expireUnconfirmed(db: Db, now = new Date()): Promise<number> {
	return deleteExpired(db, now);
}

type Digest = { producers: DigestLine[]; products: DigestLine[]; salesPoints: DigestLine[] };

/** What one alert reports from the news of its window. */
function digestOf(sub: SubscriptionRow, news: News, match: SavedSearchMatch, since: Date, names: { municipality: (id: number) => string }): Digest {
	const fresh = <T extends { at: Date }>(x: T) => x.at > since;
	const want = (k: string) => sub.what.includes(k);
	const locale = sub.locale;
	const producers = want('producers') ? news.producers.filter((p) => fresh(p) && match.producerIds.has(p.id)) : [];
	const reported = new Set(producers.map((p) => p.id));
	const products = want('products')
		? news.products.filter((p) => fresh(p) && match.producerIds.has(p.producerId) && !reported.has(p.producerId) && match.productMatches(p))
		: [];
	const salesPoints = want('sales_points') ? news.salesPoints.filter((s) => fresh(s) && match.salesPointIds.has(s.id)) : [];
	return {
		producers: producers.map((p) => ({ name: p.name, detail: names.municipality(p.municipalityId), url: listingMailUrl(locale, 'producer', p.slug) })),
		products: products.map((p) => ({ name: localized(p.name, locale), detail: p.producerName, url: listingMailUrl(locale, 'producer', p.producerSlug) })),
		salesPoints: salesPoints.map((s) => ({ name: s.name, detail: names.municipality(s.municipalityId), url: listingMailUrl(locale, 'sales_point', s.slug) }))
	};
}

/** Sends the week's digests; returns how many mails were queued. */
export async function sendAlertDigests(db: Db, now = new Date()): Promise<number> {
	await expireUnconfirmed(db, now);
	const subs = await confirmedSubscriptions(db);
	if (subs.length === 0) return 0;
	const since = (s: SubscriptionRow) => s.lastSentAt ?? s.confirmedAt ?? s.createdAt;
	const earliest = new Date(Math.min(...subs.map((s) => since(s).getTime())));
	const news = await newsBetween(db, earliest, now);
	const ref = await searchReference(db);
	// alerts saved from the same search share its matching (per language: words are read alike)
	const matches = new Map<string, Promise<SavedSearchMatch>>();
	let sent = 0;
	for (const sub of subs) {
		const params = normalizeAlertQuery(sub.query)?.params;
		if (!params) continue;
		const key = `${sub.locale}|${sub.query}`;
		if (!matches.has(key)) matches.set(key, searchPort().savedSearchMatches(db, params, sub.locale, now));
		const match = await matches.get(key)!;
		const municipality = (id: number) => {
			const t = ref.territories.get(id);
			return t ? localized(t.name, sub.locale) : '';
		};
		const d = digestOf(sub, news, match, since(sub), { municipality });
		const any = d.producers.length + d.products.length + d.salesPoints.length > 0;
		await db.transaction(async (tx) => {
			if (any) await mailDigest(tx, { to: sub.email, locale: sub.locale, id: sub.id, alert: describeAlert(ref, params, sub.locale), since: since(sub), ...d });
			await markSent(tx, sub.id, now);
		});
		if (any) sent++;
	}
	return sent;
}
