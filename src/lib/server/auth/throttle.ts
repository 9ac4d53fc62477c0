import type { Db } from '../db/types';
import { consumeRateLimit, refundRateLimit, resetRateLimit, type RateLimitRule } from '../rate-limit/rate-limit';

/**
 * Login throttling per e-mail address (guessing one account's password) and per client address
 * (trying many accounts). Keys hash nothing secret: they are only counters.
 *
 * Every attempt is counted *before* its password is checked, in one atomic statement per counter:
 * checking first and counting failures afterwards let concurrent requests all pass the check
 * (40 at once → 26 passwords tried against a limit of 5). A successful sign-in then gives its
 * attempt back: the address's counter is cleared, the client's is decremented.
 */
export const SIGN_IN_RULES = {
	perEmail: (email: string): RateLimitRule => ({ key: `sign-in:email:${email}`, limit: 5, windowSeconds: 15 * 60 }),
	perIp: (ip: string): RateLimitRule => ({ key: `sign-in:ip:${ip}`, limit: 100, windowSeconds: 15 * 60 })
};

/** Mail-sending requests (sign-in link, reset, sign-up) so nobody can flood an inbox through us. */
export const MAIL_RULES = {
	perEmail: (kind: string, email: string): RateLimitRule => ({ key: `mail:${kind}:email:${email}`, limit: 5, windowSeconds: 3600 }),
	perIp: (kind: string, ip: string): RateLimitRule => ({ key: `mail:${kind}:ip:${ip}`, limit: 100, windowSeconds: 3600 })
};

/** Counts one sign-in attempt; seconds to wait when it is over a limit (then the password must not be checked), else 0. */
export async function beginSignInAttempt(db: Db, email: string, ip: string): Promise<number> {
	const byEmail = await consumeRateLimit(db, SIGN_IN_RULES.perEmail(email));
	const byIp = await consumeRateLimit(db, SIGN_IN_RULES.perIp(ip));
	return byEmail.allowed && byIp.allowed ? 0 : Math.max(byEmail.retryAfterSeconds, byIp.retryAfterSeconds);
}

/** The attempt was the right password: the address starts afresh, the client gets its attempt back. */
export async function signInSucceeded(db: Db, email: string, ip: string): Promise<void> {
	await resetRateLimit(db, SIGN_IN_RULES.perEmail(email).key);
	await refundRateLimit(db, SIGN_IN_RULES.perIp(ip).key);
}

/** Counts one mail request; false when this address or client asked too often (then nothing is sent). */
export async function allowMailRequest(db: Db, kind: string, email: string, ip: string): Promise<boolean> {
	const byEmail = await consumeRateLimit(db, MAIL_RULES.perEmail(kind, email));
	const byIp = await consumeRateLimit(db, MAIL_RULES.perIp(kind, ip));
	return byEmail.allowed && byIp.allowed;
}
