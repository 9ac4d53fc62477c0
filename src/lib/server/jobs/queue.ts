import { jobs } from '../db/schema';
import type { Db } from '../db/types';
import { wakeWorker } from './wake';

/**
 * Puts work on the `jobs` table; a worker in some app process runs it after the caller's
 * transaction commits (pass the transaction as `db` so the job exists only if the change does).
 * With `dedupeKey`, a job of the same key still waiting makes this a no-op.
 */
export async function enqueueJob(
	db: Db,
	kind: string,
	payload: unknown,
	opts: { runAt?: Date; dedupeKey?: string } = {}
): Promise<void> {
	const insert = db.insert(jobs).values({ kind, payload: payload ?? null, runAt: opts.runAt ?? new Date(), dedupeKey: opts.dedupeKey ?? null });
	if (opts.dedupeKey) await insert.onConflictDoNothing();
	else await insert;
	wakeWorker();
}
