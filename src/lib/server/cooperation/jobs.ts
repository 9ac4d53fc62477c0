// The cooperation profiles' background work (imported once from src/lib/server/jobs/handlers.ts).
import type { Db } from '../db/types';
import { registerJobHandler } from '../jobs/registry';
import { DIGEST_JOB, scheduleCooperationDigest, sendMatchDigests } from './digest';
import { EXPIRY_JOB, runExpiry, scheduleCooperationExpiry } from './expiry';
import { computeMatches } from './matching';
import { MATCH_JOB } from './review-flow';

registerJobHandler(MATCH_JOB, async (db, payload: { profileId: string }) => {
	await computeMatches(db, payload.profileId);
});

/** The daily expiry and the weekly digest; each schedules its next run. */
registerJobHandler(EXPIRY_JOB, async (db) => {
	await runExpiry(db);
	await scheduleCooperationExpiry(db);
});

registerJobHandler(DIGEST_JOB, async (db) => {
	await sendMatchDigests(db);
	await scheduleCooperationDigest(db);
});

/** Start-up (hooks.server.ts): starts both chains; idempotent. */
export async function scheduleCooperation(db: Db): Promise<void> {
	await scheduleCooperationExpiry(db);
	await scheduleCooperationDigest(db);
}
