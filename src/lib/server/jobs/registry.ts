import type { Db } from '../db/types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each handler validates its own payload
export type JobHandler = (db: Db, payload: any) => Promise<void>;

const handlers = new Map<string, JobHandler>();

/** Called by `src/lib/server/<feature>/jobs.ts` at import time (see handlers.ts). */
export function registerJobHandler(kind: string, handler: JobHandler): void {
	if (handlers.has(kind)) throw new Error(`Job handler for "${kind}" registered twice`);
	handlers.set(kind, handler);
}

export function jobHandler(kind: string): JobHandler | undefined {
	return handlers.get(kind);
}
