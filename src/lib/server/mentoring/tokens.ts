/**
 * The personal links of mentoring (issue 17), derived from a row id with HMAC-SHA256 and AUTH_SECRET
 * (like event registrations' links) so every nudge and reminder can carry the same link again:
 * - a pair link per side (`<match id>.<side>.<mac>`): accept or decline the pair, then the pair's page;
 * - an outcome check-in link (`<check-in id>.<mac>`).
 * Nothing is stored; a link names one side of one pair, so a mentee's link never shows as the mentor.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '../auth/secret';

export type PairSide = 'mentee' | 'mentor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const mac = (purpose: string, id: string, secret: string) => createHmac('sha256', secret).update(`mentoring-${purpose}:${id}`).digest('base64url').slice(0, 32);

function verified(purpose: string, id: string, given: string, secret: string): boolean {
	if (!UUID.test(id)) return false;
	const a = Buffer.from(mac(purpose, id, secret));
	const b = Buffer.from(given);
	return a.length === b.length && timingSafeEqual(a, b);
}

export const pairToken = (matchId: string, side: PairSide, secret: string = authSecret()) => `${matchId}.${side}.${mac(side, matchId, secret)}`;

/** The pair and side a link names, or null for anything forged, cut short or from another secret. */
export function readPairToken(token: string | null | undefined, secret: string = authSecret()): { matchId: string; side: PairSide } | null {
	const [id, side, sig, extra] = String(token ?? '').trim().split('.');
	if (extra !== undefined || !sig || (side !== 'mentee' && side !== 'mentor')) return null;
	return verified(side, id, sig, secret) ? { matchId: id, side } : null;
}

export const checkinToken = (checkinId: string, secret: string = authSecret()) => `${checkinId}.${mac('checkin', checkinId, secret)}`;

export function readCheckinToken(token: string | null | undefined, secret: string = authSecret()): string | null {
	const [id, sig, extra] = String(token ?? '').trim().split('.');
	return extra === undefined && sig && verified('checkin', id, sig, secret) ? id : null;
}
