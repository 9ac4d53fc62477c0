/**
 * A registration's two secrets, derived (auth/signed-id.ts) rather than stored, so any mail can carry
 * them again: the personal link (`<participation id>.<mac>`: see the event page, the join link,
 * cancel, accept an offer) and the check-in code in the QR (`T1.<id>.<mac>`), which only lets staff
 * check the person in — someone who sees the QR cannot cancel.
 */
import { isUuid, macMatches, macOf, readSignedId, signedId } from '../auth/signed-id';

export const registrationToken = (participationId: string, secret: string) => signedId('event-registration', participationId, secret);

export const readRegistrationToken = (token: string, secret: string): string | null => readSignedId('event-registration', token, secret);

// the QR's code is shorter (16 characters) so the code stays easy to scan on a cheap phone
export const checkinCode = (participationId: string, secret: string) => `T1.${participationId}.${macOf(`event-checkin:${participationId}`, secret, 16)}`;

export function readCheckinCode(code: string, secret: string): string | null {
	const [prefix, id, sig, extra] = String(code ?? '').trim().split('.');
	return prefix === 'T1' && extra === undefined && sig && isUuid(id) && macMatches(`event-checkin:${id}`, sig, secret, 16) ? id : null;
}
