/**
 * An invitation's link token, derived from its id (HMAC-SHA256 with AUTH_SECRET) so the reminder can
 * carry the same link as the invitation; only its SHA-256 is stored (tokens.ts), as for other links.
 */
import { createHmac } from 'node:crypto';
import { authSecret } from '../auth/secret';

export const invitationToken = (invitationId: string, secret: string = authSecret()) =>
	createHmac('sha256', secret).update(`survey-invitation:${invitationId}`).digest('base64url');
