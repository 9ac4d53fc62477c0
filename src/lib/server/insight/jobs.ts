// Job handlers of regional insight (imported once from src/lib/server/jobs/handlers.ts).
import { z } from 'zod';
import { registerJobHandler } from '../jobs/registry';
import { extractInterviewText } from './extract-job';
import { EXTRACT_JOB } from './interviews-flow';
import { nextRollupAt, ROLLUP_JOB, runRollup, scheduleRollup } from './rollup';
import { scheduleWeeklyDigest, sendWeeklyDigests, WEEKLY_JOB } from './weekly-digest';

registerJobHandler(ROLLUP_JOB, async (db) => {
	// the next night's first, so a failing run is retried by the worker and the chain goes on
	await scheduleRollup(db, nextRollupAt(new Date()));
	await runRollup(db);
});

registerJobHandler(WEEKLY_JOB, async (db) => {
	await scheduleWeeklyDigest(db, new Date(Date.now() + 60_000));
	await sendWeeklyDigests(db);
});

registerJobHandler(EXTRACT_JOB, async (db, raw) => {
	await extractInterviewText(db, z.object({ interviewId: z.uuid() }).parse(raw).interviewId);
});
