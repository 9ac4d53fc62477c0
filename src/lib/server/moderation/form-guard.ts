/**
 * Anti-spam without third-party services for anonymous forms: a signed start time (a bot that
 * posts within seconds of loading, or forges the field, is refused) and a honeypot field that
 * people never see. Each token carries a random nonce, so it can be spent once (form-token-use.ts):
 * a bot that loaded the form one time cannot replay the same token all day.
 * Pure: the secret and the clock are passed in.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const HONEYPOT_FIELD = 'fax_number';
export const STARTED_FIELD = 'form_started';

const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(`form-start:${payload}`).digest('base64url');

/** Longest a form may stay open before it is sent. */
export const FORM_MAX_AGE_MS = 24 * 3600_000;

export function signFormStart(now: Date, secret: string, nonce = randomBytes(12).toString('base64url')): string {
	const payload = `${now.getTime()}.${nonce}`;
	return `${payload}.${sign(payload, secret)}`;
}

/** The part of a token that names it (for spending it once); only meaningful after checkFormStart said ok. */
export function formTokenId(token: string): string {
	return token.split('.').slice(0, 2).join('.');
}

export type FormStartCheck = 'ok' | 'too_fast' | 'invalid' | 'expired';

export function checkFormStart(token: string | null, now: Date, secret: string, opts: { minMs?: number; maxMs?: number } = {}): FormStartCheck {
	const [ts, nonce, mac] = (token ?? '').split('.');
	if (!ts || !nonce || !mac || !/^\d+$/.test(ts) || !/^[A-Za-z0-9_-]{8,64}$/.test(nonce)) return 'invalid';
	const expected = Buffer.from(sign(`${ts}.${nonce}`, secret));
	const given = Buffer.from(mac);
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
	const elapsed = now.getTime() - Number(ts);
	if (elapsed < (opts.minMs ?? 4000)) return 'too_fast';
	if (elapsed > (opts.maxMs ?? FORM_MAX_AGE_MS)) return 'expired';
	return 'ok';
}

export function honeypotFilled(value: FormDataEntryValue | null): boolean {
	return typeof value === 'string' && value.trim() !== '';
}
