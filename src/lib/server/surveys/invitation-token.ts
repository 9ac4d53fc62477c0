/**
 * An invitation's link token, derived from its id (HMAC-SHA256 with AUTH_SECRET) so the reminder can
 * carry the same link as the invitation; only its SHA-256 is stored (tokens.ts), as for other links.
 */
import { macOf } from '../auth/signed-id';
import { authSecret } from '../auth/secret';

export const invitationToken = (invitationId: string, secret: string = authSecret()) => macOf(`survey-invitation:${invitationId}`, secret, Infinity);
