// Job handlers of moderation (imported once from src/lib/server/jobs/handlers.ts).
// The reindex a reviewed change queues is search's (search/listing-reindex.ts, registered from jobs/handlers.ts).
import { registerJobHandler } from '../jobs/registry';
import { DIGEST_JOB, scheduleNextDigest, sendDigests } from './digest';

registerJobHandler(DIGEST_JOB, async (db) => {
	// tomorrow's first: a failing send is retried by the worker, and the chain of days is not lost
	await scheduleNextDigest(db, new Date(Date.now() + 60_000));
	await sendDigests(db);
});
