/**
 * Reindexing one listing after a reviewed change, as a job queued in the change's own transaction
 * (so it exists exactly when the change commits). A listing waiting to be reindexed is queued once:
 * later changes before the worker runs fold into the same job. The job kind keeps its first name,
 * so jobs queued before an upgrade still run. Relative imports only (the job worker loads this).
 */
import { z } from 'zod';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { registerJobHandler } from '../jobs/registry';
import { reindexPlace, reindexProducer, reindexSalesPoint } from './indexer';

export const LISTING_REINDEX_JOB = 'moderation.reindex';

const LISTING_KINDS = ['producer', 'sales_point', 'place'] as const;
export type ReindexedListing = { entityType: (typeof LISTING_KINDS)[number]; id: string };

/** Queues the reindex of one listing inside the caller's transaction (pass the transaction as `db`). */
export async function queueListingReindex(db: Db, listing: ReindexedListing): Promise<void> {
	await enqueueJob(db, LISTING_REINDEX_JOB, listing, { dedupeKey: `reindex:${listing.entityType}:${listing.id}` });
}

const payload = z.object({ entityType: z.enum(LISTING_KINDS), id: z.uuid() });

registerJobHandler(LISTING_REINDEX_JOB, async (db, raw) => {
	const p = payload.parse(raw);
	if (p.entityType === 'producer') await reindexProducer(db, p.id);
	else if (p.entityType === 'sales_point') await reindexSalesPoint(db, p.id);
	else await reindexPlace(db, p.id);
});
