/**
 * Anti-spam without third-party services for anonymous forms: a signed start time (a bot that
 * posts within seconds of loading, or forges the field, is refused) and a honeypot field that
 * people never see. Pure: the secret and the clock are passed in.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const HONEYPOT_FIELD = 'fax_number';
export const STARTED_FIELD = 'form_started';

const sign = (payload: string, secret: string) => createHmac('sha256', secret).update(`form-start:${payload}`).digest('base64url');

export function signFormStart(now: Date, secret: string): string {
	const ts = String(now.getTime());
	return `${ts}.${sign(ts, secret)}`;
}

export type FormStartCheck = 'ok' | 'too_fast' | 'invalid' | 'expired';

export function checkFormStart(token: string | null, now: Date, secret: string, opts: { minMs?: number; maxMs?: number } = {}): FormStartCheck {
	const [ts, mac] = (token ?? '').split('.');
	if (!ts || !mac || !/^\d+$/.test(ts)) return 'invalid';
	const expected = Buffer.from(sign(ts, secret));
	const given = Buffer.from(mac);
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
	const elapsed = now.getTime() - Number(ts);
	if (elapsed < (opts.minMs ?? 4000)) return 'too_fast';
	if (elapsed > (opts.maxMs ?? 24 * 3600_000)) return 'expired';
	return 'ok';
}

export function honeypotFilled(value: FormDataEntryValue | null): boolean {
	return typeof value === 'string' && value.trim() !== '';
}
