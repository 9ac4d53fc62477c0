// Job handlers of moderation (imported once from src/lib/server/jobs/handlers.ts).
import { z } from 'zod';
import { registerJobHandler } from '../jobs/registry';
import { reindexPlace, reindexProducer, reindexSalesPoint } from '../search/indexer';
import { DIGEST_JOB, scheduleNextDigest, sendDigests } from './digest';
import { REINDEX_JOB } from './effects';

const reindexPayload = z.object({ entityType: z.enum(['producer', 'sales_point', 'place']), id: z.uuid() });

registerJobHandler(REINDEX_JOB, async (db, payload) => {
	const p = reindexPayload.parse(payload);
	if (p.entityType === 'producer') await reindexProducer(db, p.id);
	else if (p.entityType === 'sales_point') await reindexSalesPoint(db, p.id);
	else await reindexPlace(db, p.id);
});

registerJobHandler(DIGEST_JOB, async (db) => {
	// tomorrow's first: a failing send is retried by the worker, and the chain of days is not lost
	await scheduleNextDigest(db, new Date(Date.now() + 60_000));
	await sendDigests(db);
});
