/**
 * The links in alert mails: `<subscription id>.<HMAC>` — signed, so nothing but the id is stored
 * and every weekly digest can carry a fresh unsubscribe link. A confirm token cannot unsubscribe
 * and an unsubscribe token cannot confirm. Pure: the secret is passed in.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenPurpose = 'confirm' | 'unsubscribe';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const mac = (purpose: TokenPurpose, id: string, secret: string) => createHmac('sha256', secret).update(`alert:${purpose}:${id}`).digest('base64url').slice(0, 32);

export function alertToken(purpose: TokenPurpose, id: string, secret: string): string {
	return `${id}.${mac(purpose, id, secret)}`;
}

/** The subscription id of a valid token, or null. */
export function verifyAlertToken(purpose: TokenPurpose, token: string | null | undefined, secret: string): string | null {
	const [id, given] = (token ?? '').split('.');
	if (!id || !given || !UUID.test(id)) return null;
	const expected = Buffer.from(mac(purpose, id, secret));
	const got = Buffer.from(given);
	return expected.length === got.length && timingSafeEqual(expected, got) ? id : null;
}
