/**
 * Alerts (issue 12): subscribe to a saved search without an account, confirm it from the e-mailed
 * link (double opt-in), unsubscribe with one click. The weekly digest is digest.ts.
 * Rate limits count per IP address and per e-mail address in the database, like the other
 * anonymous forms; the answer never says whether an address was already subscribed.
 */
import { authSecret } from '../auth/secret';
import { m } from '$lib/paraglide/messages';
import { isLocale } from '$lib/i18n/locales';
import { config } from '../config/env';
import type { Db } from '../db/types';
import { consumeRateLimit } from '../rate-limit/rate-limit';
import { searchPort } from '../search';
import { normalizeAlertQuery, type AlertFields } from './alert-form';
import { describeAlertIn } from './describe';
import { scheduleNextAlertDigest } from './digest';
import { mailAlreadySubscribed, mailConfirmAlert } from './mails';
import {
	deleteSubscription,
	deleteSubscriptionsOf,
	findSameSubscription,
	findSubscription,
	insertSubscription,
	markConfirmed,
	renewPending,
	setWhat
} from './subscriptions-repository';
import { alertToken, verifyAlertToken } from './tokens';

/** An unconfirmed subscription (and its address) is deleted after this long. */
export const CONFIRM_DAYS = 7;

export const ALERT_LIMITS = {
	// configurable: behind a shared NAT (a village library, a school) one address is many people
	get perIp() {
		return { limit: config().ALERTS_PER_IP_HOUR, windowSeconds: 3600 };
	},
	perEmail: { limit: 5, windowSeconds: 86_400 }
} as const;

export type SubscribeResult = { ok: true; alert: string } | { ok: false; error: 'rate_limited'; retryAfterSeconds: number } | { ok: false; error: 'unknown_filter' };

export async function subscribeAlert(
	db: Db,
	input: { fields: AlertFields; locale: string; ip: string; account: { userId: string; email: string } | null; now?: Date }
): Promise<SubscribeResult> {
	const f = input.fields;
	const locale = isLocale(input.locale) ? input.locale : 'lv';
	const now = input.now ?? new Date();
	// both counters move on every attempt: neither one address nor one machine can flood an inbox
	const [byIp, byEmail] = [
		await consumeRateLimit(db, { key: `alert:ip:${input.ip}`, ...ALERT_LIMITS.perIp }),
		await consumeRateLimit(db, { key: `alert:email:${f.email}`, ...ALERT_LIMITS.perEmail })
	];
	if (!byIp.allowed || !byEmail.allowed) return { ok: false, error: 'rate_limited', retryAfterSeconds: Math.max(byIp.retryAfterSeconds, byEmail.retryAfterSeconds) };
	if ((await searchPort().unknownSavedSearchFilters(db, f.params, locale)).length) return { ok: false, error: 'unknown_filter' };

	const alert = await describeAlertIn(db, f.params, locale);
	// linked to the account only when it is the account's own (verified) address
	const userId = input.account && input.account.email.toLowerCase() === f.email ? input.account.userId : null;
	const consentText = m.alerts_consent({}, { locale });
	const expiresAt = new Date(now.getTime() + CONFIRM_DAYS * 86_400_000);
	await db.transaction(async (tx) => {
		const same = await findSameSubscription(tx, f.email, f.query);
		if (same?.status === 'confirmed') {
			if (f.what.some((w) => !same.what.includes(w))) await setWhat(tx, same.id, [...new Set([...same.what, ...f.what])]);
			await mailAlreadySubscribed(tx, { to: f.email, locale, id: same.id, alert });
			return;
		}
		let id = same?.id;
		if (id) await renewPending(tx, id, { locale, what: f.what, consentText, expiresAt, userId });
		else id = await insertSubscription(tx, { email: f.email, locale, userId, query: f.query, what: f.what, consentText, expiresAt });
		await mailConfirmAlert(tx, { to: f.email, locale, id, alert });
	});
	return { ok: true, alert };
}

export type ConfirmResult = { ok: true; alert: string; unsubscribeToken: string } | { ok: false; error: 'invalid' | 'expired' };

/** The e-mailed link's button: the alert starts; news are counted from now. */
export async function confirmAlert(db: Db, token: string, now = new Date()): Promise<ConfirmResult> {
	const id = verifyAlertToken('confirm', token, authSecret());
	if (!id) return { ok: false, error: 'invalid' };
	const result = await db.transaction(async (tx): Promise<ConfirmResult> => {
		const row = await findSubscription(tx, id, { lock: true });
		if (!row) return { ok: false, error: 'invalid' };
		if (row.status === 'pending') {
			if (row.expiresAt && row.expiresAt < now) {
				await deleteSubscription(tx, id);
				return { ok: false, error: 'expired' };
			}
			await markConfirmed(tx, id, now);
			await scheduleNextAlertDigest(tx, now);
		}
		const params = normalizeAlertQuery(row.query)?.params;
		const alert = params ? await describeAlertIn(tx, params, row.locale) : row.query;
		return { ok: true, alert, unsubscribeToken: alertToken('unsubscribe', id, authSecret()) };
	});
	return result;
}

export type UnsubscribeView = { alert: string; email: string } | null;

/** What the unsubscribe page shows before the button: which alert, to which address. */
export async function unsubscribeView(db: Db, token: string, locale: string): Promise<UnsubscribeView> {
	const id = verifyAlertToken('unsubscribe', token, authSecret());
	const row = id ? await findSubscription(db, id) : null;
	if (!row) return null;
	const params = normalizeAlertQuery(row.query)?.params;
	return { alert: params ? await describeAlertIn(db, params, locale) : row.query, email: row.email };
}

/**
 * One-click unsubscribe (RFC 8058) and the page's button: the alert — or every alert to that
 * address — is deleted. A token that is valid but finds nothing is still a success (already gone).
 */
export async function unsubscribeAlert(db: Db, token: string, opts: { all?: boolean } = {}): Promise<{ ok: true; removed: number } | { ok: false }> {
	const id = verifyAlertToken('unsubscribe', token, authSecret());
	if (!id) return { ok: false };
	return db.transaction(async (tx) => {
		const row = await findSubscription(tx, id, { lock: true });
		if (!row) return { ok: true, removed: 0 } as const;
		const removed = opts.all ? await deleteSubscriptionsOf(tx, row.email) : await deleteSubscription(tx, id);
		return { ok: true, removed } as const;
	});
}
