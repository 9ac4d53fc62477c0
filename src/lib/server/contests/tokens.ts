/**
 * A winner's personal consent link: `<entry id>.<mac>` (HMAC-SHA256 with AUTH_SECRET), derived
 * rather than stored, like the events' personal links, so a mail can always carry it again.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const mac = (id: string, secret: string) => createHmac('sha256', secret).update(`contest-consent:${id}`).digest('base64url').slice(0, 32);

export const consentToken = (entryId: string, secret: string) => `${entryId}.${mac(entryId, secret)}`;

export function readConsentToken(token: string, secret: string): string | null {
	const [id, sig, extra] = String(token ?? '').split('.');
	if (extra !== undefined || !sig || !UUID.test(id)) return null;
	const a = Buffer.from(mac(id, secret));
	const b = Buffer.from(sig);
	return a.length === b.length && timingSafeEqual(a, b) ? id : null;
}
