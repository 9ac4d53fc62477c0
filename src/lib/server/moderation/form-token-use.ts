import type { Db } from '../db/types';
import { consumeRateLimit } from '../rate-limit/rate-limit';
import { FORM_MAX_AGE_MS, formTokenId } from './form-guard';

/**
 * Spends an anti-spam form token (already checked by checkFormStart): true the first time, false
 * for a token that was used before. Kept as a counter in rate_limits — shared by every app process,
 * dropped by the worker's housekeeping once the token could not be valid any more.
 */
export async function spendFormToken(db: Db, token: string): Promise<boolean> {
	const rule = { key: `form-token:${formTokenId(token)}`, limit: 1, windowSeconds: Math.ceil(FORM_MAX_AGE_MS / 1000) + 3600 };
	return (await consumeRateLimit(db, rule)).allowed;
}
