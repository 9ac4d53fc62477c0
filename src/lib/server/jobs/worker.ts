import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/types';
import { purgeFinishedJobs } from './jobs-repository';
import { purgeRateLimits } from '../rate-limit/rate-limit';
import { purgeExpiredSessions } from '../auth/sessions-repository';
import { purgeExpiredVerifications } from '../auth/verifications-repository';
import { runNextJob } from './run-job';
import { onWake } from './wake';
// every handler of the app (their modules may use SvelteKit's $app/…; a CLI imports run-job.ts instead)
import './handlers';

export type Worker = { stop: () => Promise<void>; drain: () => Promise<void> };

/**
 * Runs due jobs one at a time in this process. Polls every `pollMs`; an enqueue in the same process
 * wakes it at once. Errors of a handler are recorded on the job and retried later, never swallowed.
 */
export function startWorker(db: Db, opts: { pollMs?: number } = {}): Worker {
	const workerId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
	let stopped = false;
	let running: Promise<void> | null = null;
	let again = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let lastPurge = 0;

	async function runDue(): Promise<void> {
		while (!stopped && (await runNextJob(db, workerId))) {
			// one job after another until none is due
		}
		if (Date.now() - lastPurge > 3_600_000) {
			lastPurge = Date.now();
			// housekeeping: finished jobs, ended rate-limit windows, expired sessions and tokens
			await purgeFinishedJobs(db);
			await purgeRateLimits(db);
			await purgeExpiredSessions(db);
			await purgeExpiredVerifications(db);
		}
	}

	function tick(): void {
		if (stopped) return;
		if (running) {
			again = true;
			return;
		}
		running = runDue()
			.catch((e) => console.error('Job worker:', e))
			.finally(() => {
				running = null;
				if (again) {
					again = false;
					tick();
				}
			});
	}

	function schedule(): void {
		timer = setTimeout(() => {
			tick();
			schedule();
		}, opts.pollMs ?? 1000);
		timer.unref?.();
	}

	onWake(tick);
	schedule();
	tick();
	return {
		async stop() {
			stopped = true;
			onWake(undefined);
			clearTimeout(timer);
			await running;
		},
		async drain() {
			tick();
			while (running) await running;
		}
	};
}
