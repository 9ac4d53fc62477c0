/**
 * Survey link secrets (invitation, resume): random, shown once, only their SHA-256 kept — the same
 * scheme as the suggestion confirmation links (moderation/suggestions-flow.ts), so a copy of the
 * database cannot be turned back into working links.
 */
import { createHash, randomBytes } from 'node:crypto';

export const hashSurveyToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newSurveyToken = () => randomBytes(24).toString('base64url');
/** The shape of a token in a link; anything else is not looked up at all. */
export const isSurveyTokenShape = (token: string | null | undefined): token is string => !!token && /^[A-Za-z0-9_-]{20,100}$/.test(token);
