import type { Db } from '../db/types';
import { checkRateLimit, consumeRateLimit, resetRateLimit, type RateLimitRule } from '../rate-limit/rate-limit';

/**
 * Login throttling: failed sign-ins are counted per e-mail address (guessing one account's password)
 * and per client address (trying many accounts). Keys hash nothing secret: they are only counters.
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

/** Seconds to wait before the next sign-in attempt, or 0 when one is allowed. */
export async function signInWait(db: Db, email: string, ip: string): Promise<number> {
	const [byEmail, byIp] = await Promise.all([checkRateLimit(db, SIGN_IN_RULES.perEmail(email)), checkRateLimit(db, SIGN_IN_RULES.perIp(ip))]);
	return Math.max(byEmail.retryAfterSeconds, byIp.retryAfterSeconds);
}

export async function countFailedSignIn(db: Db, email: string, ip: string): Promise<void> {
	await consumeRateLimit(db, SIGN_IN_RULES.perEmail(email));
	await consumeRateLimit(db, SIGN_IN_RULES.perIp(ip));
}

export async function clearSignInFailures(db: Db, email: string): Promise<void> {
	await resetRateLimit(db, SIGN_IN_RULES.perEmail(email).key);
}

/** Counts one mail request; false when this address or client asked too often (then nothing is sent). */
export async function allowMailRequest(db: Db, kind: string, email: string, ip: string): Promise<boolean> {
	const byEmail = await consumeRateLimit(db, MAIL_RULES.perEmail(kind, email));
	const byIp = await consumeRateLimit(db, MAIL_RULES.perIp(kind, ip));
	return byEmail.allowed && byIp.allowed;
}
