/**
 * A registration's two secrets, derived (HMAC-SHA256 with AUTH_SECRET) rather than stored, so any
 * mail can carry them again: the personal link (`<participation id>.<mac>`: see the event page,
 * the join link, cancel, accept an offer) and the check-in code in the QR (`T1.<id>.<mac>`),
 * which only lets staff check the person in — someone who sees the QR cannot cancel.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const mac = (purpose: string, id: string, secret: string, length: number) =>
	createHmac('sha256', secret).update(`event-${purpose}:${id}`).digest('base64url').slice(0, length);

function verify(purpose: string, id: string, given: string, secret: string, length: number): boolean {
	if (!UUID.test(id)) return false;
	const a = Buffer.from(mac(purpose, id, secret, length));
	const b = Buffer.from(given);
	return a.length === b.length && timingSafeEqual(a, b);
}

export const registrationToken = (participationId: string, secret: string) => `${participationId}.${mac('registration', participationId, secret, 32)}`;

export function readRegistrationToken(token: string, secret: string): string | null {
	const [id, sig, extra] = String(token ?? '').split('.');
	return extra === undefined && sig && verify('registration', id, sig, secret, 32) ? id : null;
}

export const checkinCode = (participationId: string, secret: string) => `T1.${participationId}.${mac('checkin', participationId, secret, 16)}`;

export function readCheckinCode(code: string, secret: string): string | null {
	const [prefix, id, sig, extra] = String(code ?? '').trim().split('.');
	return prefix === 'T1' && extra === undefined && sig && verify('checkin', id, sig, secret, 16) ? id : null;
}
