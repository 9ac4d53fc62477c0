// Job handlers of coworking spaces and consultation lines (imported once from jobs/handlers.ts).
import { registerJobHandler } from '../jobs/registry';
import { scheduleVisitRetention, sweepVisitRetention, VISIT_RETENTION_JOB } from './retention';
import './personal-data';

registerJobHandler(VISIT_RETENTION_JOB, async (db) => {
	await scheduleVisitRetention(db);
	await sweepVisitRetention(db);
});
