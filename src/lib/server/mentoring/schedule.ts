/** The mentoring day's run (nudges, outcome check-ins): every morning at 07:00 UTC (09:00 or 10:00 in Riga). */
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';

export const MENTORING_DAILY_JOB = 'mentoring.daily';

export function nextDailyAt(now: Date): Date {
	const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7, 0));
	if (at <= now) at.setUTCDate(at.getUTCDate() + 1);
	return at;
}

/** Idempotent: one waiting run per day (hooks.server.ts starts the chain, each run schedules the next). */
export async function scheduleMentoringDaily(db: Db, now = new Date()): Promise<void> {
	const at = nextDailyAt(now);
	await enqueueJob(db, MENTORING_DAILY_JOB, {}, { runAt: at, dedupeKey: `${MENTORING_DAILY_JOB}:${at.toISOString().slice(0, 10)}` });
}
