/**
 * Visit requests are deleted after their host's retention (see visits-repository): a daily sweep
 * that queues its own next run, like events/retention.ts. The first visit request queues the
 * first sweep, so an installation without coworking spaces never runs it.
 */
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { deleteVisitsPastRetention } from './visits-repository';

export const VISIT_RETENTION_JOB = 'communities.visit-retention';
const DAY = 86_400_000;

export async function sweepVisitRetention(db: Db, now = new Date()): Promise<number> {
	return db.transaction(async (tx) => {
		const n = await deleteVisitsPastRetention(tx, now);
		if (n) await recordAudit(tx, { actorUserId: null, action: 'visit_request.retention', entityType: 'place', entityId: null, details: { deleted: n } });
		return n;
	});
}

/** Idempotent: one sweep waits at a time (the dedupe key). */
export async function scheduleVisitRetention(db: Db, now = new Date()): Promise<void> {
	await enqueueJob(db, VISIT_RETENTION_JOB, {}, { runAt: new Date(now.getTime() + DAY), dedupeKey: VISIT_RETENTION_JOB });
}
