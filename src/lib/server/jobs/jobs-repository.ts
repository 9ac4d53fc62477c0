import { and, eq, sql } from 'drizzle-orm';
import { jobs } from '../db/schema';
import type { Db } from '../db/types';

export type ClaimedJob = { id: string; kind: string; payload: unknown; attempts: number; maxAttempts: number };

/** A running job whose worker vanished (crash, deploy) is taken over after this long. */
const STALE_AFTER_SECONDS = 600;

/**
 * Claims the oldest due job for `workerId`. One statement: the inner SELECT ... FOR UPDATE SKIP LOCKED
 * makes concurrent workers (several processes on PostgreSQL) each take a different row.
 */
export async function claimJob(db: Db, workerId: string, kinds?: readonly string[]): Promise<ClaimedJob | null> {
	const ofKind = kinds ? sql`AND kind IN (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)})` : sql``;
	const result = await db.execute(sql`
		UPDATE ${jobs} SET state = 'running', locked_at = now(), locked_by = ${workerId}, attempts = attempts + 1
		WHERE id = (
			SELECT id FROM ${jobs}
			WHERE ((state = 'pending' AND run_at <= now())
			   OR (state = 'running' AND locked_at < now() - make_interval(secs => ${STALE_AFTER_SECONDS}))) ${ofKind}
			ORDER BY run_at
			LIMIT 1
			FOR UPDATE SKIP LOCKED
		)
		RETURNING id, kind, payload, attempts, max_attempts`);
	const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0];
	if (!row) return null;
	return {
		id: String(row.id),
		kind: String(row.kind),
		payload: row.payload,
		attempts: Number(row.attempts),
		maxAttempts: Number(row.max_attempts)
	};
}

export async function completeJob(db: Db, id: string, workerId: string): Promise<void> {
	await db
		.update(jobs)
		.set({ state: 'done', finishedAt: new Date(), lastError: null })
		.where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId)));
}

/** Retries later with exponential back-off, or gives up after max attempts (kept for inspection). */
export async function failJob(db: Db, job: ClaimedJob, workerId: string, message: string): Promise<void> {
	const giveUp = job.attempts >= job.maxAttempts;
	const delaySeconds = Math.min(3600, 15 * 2 ** (job.attempts - 1));
	await db
		.update(jobs)
		.set(
			giveUp
				? { state: 'failed', finishedAt: new Date(), lastError: message }
				: { state: 'pending', runAt: new Date(Date.now() + delaySeconds * 1000), lastError: message, lockedAt: null, lockedBy: null }
		)
		.where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)));
}

/** Finished jobs older than `days` are removed so the table stays small. */
export async function purgeFinishedJobs(db: Db, days = 14): Promise<void> {
	await db.execute(sql`DELETE FROM ${jobs} WHERE state = 'done' AND finished_at < now() - make_interval(days => ${days})`);
}
