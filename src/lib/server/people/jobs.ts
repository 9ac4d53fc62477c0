// Job handlers of people (imported once from src/lib/server/jobs/handlers.ts).
import { registerJobHandler } from '../jobs/registry';
import { RETENTION_JOB, scheduleRetentionSweep, sweepRetention } from './retention';

const DAY = 86_400_000;

registerJobHandler(RETENTION_JOB, async (db) => {
	// tomorrow's first, so a failing sweep is retried by the worker and the chain of days goes on
	await scheduleRetentionSweep(db, new Date(Date.now() + DAY));
	await sweepRetention(db);
});
