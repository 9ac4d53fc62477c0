/**
 * Signed confirmation tokens: `<row id>.<expiry in seconds>.<HMAC-SHA256>` in base64url. The
 * signature (with AUTH_SECRET) makes a forged or edited link fail before any database work; the
 * row id makes it single-use (the flow marks the row used, once). Pure apart from the hash.
 */
import { isUuid, macMatches, macOf } from '../auth/signed-id';

// the whole MAC (no cut): this link confirms an address, so it keeps all 256 bits
const mac = (payload: string, secret: string) => macOf(`person-confirmation:${payload}`, secret, Infinity);

export function signConfirmationToken(id: string, expiresAt: Date, secret: string): string {
	const payload = `${id}.${Math.floor(expiresAt.getTime() / 1000)}`;
	return `${payload}.${mac(payload, secret)}`;
}

export type TokenCheck = { ok: true; id: string } | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

export function verifyConfirmationToken(token: string, secret: string, now: Date): TokenCheck {
	const parts = typeof token === 'string' ? token.split('.') : [];
	if (parts.length !== 3 || !isUuid(parts[0]) || !/^\d{1,12}$/.test(parts[1])) return { ok: false, reason: 'malformed' };
	if (!macMatches(`person-confirmation:${parts[0]}.${parts[1]}`, parts[2], secret, Infinity)) return { ok: false, reason: 'forged' };
	if (Number(parts[1]) * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
	return { ok: true, id: parts[0] };
}
