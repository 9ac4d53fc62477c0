// Job handlers of mentoring (imported once from src/lib/server/jobs/handlers.ts).
import { registerJobHandler } from '../jobs/registry';
import { createDueCheckins } from './checkins';
import { MENTORING_DAILY_JOB, scheduleMentoringDaily } from './schedule';
import { sendDueNudges } from './nudges';

registerJobHandler(MENTORING_DAILY_JOB, async (db) => {
	// tomorrow's run first, so a failing run is retried by the worker and the chain goes on
	await scheduleMentoringDaily(db, new Date(Date.now() + 60_000));
	await sendDueNudges(db);
	await createDueCheckins(db);
});
