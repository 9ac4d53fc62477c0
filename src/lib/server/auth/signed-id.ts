/**
 * Links that carry a row id signed with HMAC-SHA256 (AUTH_SECRET), so nothing but the row is stored
 * and every mail can carry the same link again (event registrations, mentoring pairs, alerts, contest
 * consent, confirmations, survey invitations). The label names the purpose, so a token made for one
 * purpose never passes for another. Pure apart from the hash: the secret is passed in.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isUuid = (s: string | undefined): s is string => !!s && UUID.test(s);

/** The MAC of a label in base64url, cut to `length` characters (links stay short; 32 chars = 192 bits). */
export const macOf = (label: string, secret: string, length = 32): string => createHmac('sha256', secret).update(label).digest('base64url').slice(0, length);

/** Whether `given` is the label's MAC, compared in constant time. */
export function macMatches(label: string, given: string, secret: string, length = 32): boolean {
	const expected = Buffer.from(macOf(label, secret, length));
	const got = Buffer.from(given);
	return expected.length === got.length && timingSafeEqual(expected, got);
}

/** `<id>.<mac>` for the purpose. */
export const signedId = (purpose: string, id: string, secret: string, length = 32): string => `${id}.${macOf(`${purpose}:${id}`, secret, length)}`;

/** The id of a `<id>.<mac>` token made for this purpose, or null for anything forged, cut short or from another secret. */
export function readSignedId(purpose: string, token: string | null | undefined, secret: string, length = 32): string | null {
	const [id, sig, extra] = String(token ?? '').trim().split('.');
	return extra === undefined && sig && isUuid(id) && macMatches(`${purpose}:${id}`, sig, secret, length) ? id : null;
}
