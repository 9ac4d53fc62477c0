/**
 * The personal links of mentoring (issue 17), derived from a row id (auth/signed-id.ts, like event
 * registrations' links) so every nudge and reminder can carry the same link again:
 * - a pair link per side (`<match id>.<side>.<mac>`): accept or decline the pair, then the pair's page;
 * - an outcome check-in link (`<check-in id>.<mac>`).
 * Nothing is stored; a link names one side of one pair, so a mentee's link never shows as the mentor.
 */
import { authSecret } from '../auth/secret';
import { isUuid, macMatches, macOf, readSignedId, signedId } from '../auth/signed-id';

export type PairSide = 'mentee' | 'mentor';

export const pairToken = (matchId: string, side: PairSide, secret: string = authSecret()) => `${matchId}.${side}.${macOf(`mentoring-${side}:${matchId}`, secret)}`;

/** The pair and side a link names, or null for anything forged, cut short or from another secret. */
export function readPairToken(token: string | null | undefined, secret: string = authSecret()): { matchId: string; side: PairSide } | null {
	const [id, side, sig, extra] = String(token ?? '').trim().split('.');
	if (extra !== undefined || !sig || (side !== 'mentee' && side !== 'mentor')) return null;
	return isUuid(id) && macMatches(`mentoring-${side}:${id}`, sig, secret) ? { matchId: id, side } : null;
}

export const checkinToken = (checkinId: string, secret: string = authSecret()) => signedId('mentoring-checkin', checkinId, secret);

export const readCheckinToken = (token: string | null | undefined, secret: string = authSecret()): string | null => readSignedId('mentoring-checkin', token, secret);
