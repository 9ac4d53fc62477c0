/**
 * Running one job, apart from the worker (worker.ts) so that a CLI can run jobs without loading
 * every handler of the app: it registers the handlers it needs by importing their modules.
 */
import { hostname } from 'node:os';
import type { Db } from '../db/types';
import { claimJob, completeJob, failJob } from './jobs-repository';
import { jobHandler } from './registry';

/** Claims and runs one due job (of `kinds`, or any); false when none was due. */
export async function runNextJob(db: Db, workerId: string, kinds?: readonly string[]): Promise<boolean> {
	const job = await claimJob(db, workerId, kinds);
	if (!job) return false;
	const handler = jobHandler(job.kind);
	try {
		if (!handler) throw new Error(`No handler registered for job kind "${job.kind}"`);
		await handler(db, job.payload);
		await completeJob(db, job.id, workerId);
	} catch (e) {
		const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
		console.error(`Job ${job.kind} ${job.id} failed (attempt ${job.attempts}): ${message}`);
		await failJob(db, job, workerId, message);
	}
	return true;
}

/**
 * Runs the due jobs of some kinds here and now — for a CLI that queued them (the import's search
 * reindex) and wants them done before it exits. Killed midway, the rest wait for a server's worker.
 */
export async function runDueJobs(db: Db, kinds: readonly string[]): Promise<number> {
	const workerId = `${hostname()}:${process.pid}:cli`;
	let ran = 0;
	while (await runNextJob(db, workerId, kinds)) ran++;
	return ran;
}
