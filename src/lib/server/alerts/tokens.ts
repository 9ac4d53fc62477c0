/**
 * The links in alert mails: `<subscription id>.<HMAC>` (auth/signed-id.ts) — signed, so nothing but
 * the id is stored and every weekly digest can carry a fresh unsubscribe link. A confirm token cannot
 * unsubscribe and an unsubscribe token cannot confirm. Pure: the secret is passed in.
 */
import { readSignedId, signedId } from '../auth/signed-id';

export type TokenPurpose = 'confirm' | 'unsubscribe';

export const alertToken = (purpose: TokenPurpose, id: string, secret: string): string => signedId(`alert:${purpose}`, id, secret);

/** The subscription id of a valid token, or null. */
export const verifyAlertToken = (purpose: TokenPurpose, token: string | null | undefined, secret: string): string | null => readSignedId(`alert:${purpose}`, token, secret);
