/**
 * Reindexing as a job (issue 11.10): a writer that changes what search, the directory or the map
 * show queues `search.reindex` in its own transaction, so the reindex exists exactly when the
 * change does — a crash between the commit and the reindex leaves the job in the table, and the
 * next worker (this process after a restart, or another one) runs it. Large scopes are split into
 * jobs of CHUNK listings: each is a short transaction, searches keep answering in between.
 * Relative imports only: the import CLI queues and runs these too.
 */
import { z } from 'zod';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { registerJobHandler } from '../jobs/registry';
import { documentKinds } from './document-kinds';
import { reindex, type Scope } from './indexer';

export const SEARCH_REINDEX_JOB = 'search.reindex';

/** Listings per job: a scoped reindex of this many is a transaction of a second or two. */
export const CHUNK = 1000;

const ids = z.array(z.uuid()).max(CHUNK).optional();
/** Ids per registered document kind (read when a job runs: every kind is registered by then). */
const payload = () => z.object(Object.fromEntries(documentKinds().map((k) => [k.scopeKey, ids])));

/** Queues the reindex of `scope` inside the caller's transaction (pass the transaction as `db`). */
export async function queueSearchReindex(db: Db, scope: Scope): Promise<number> {
	let jobs = 0;
	for (const key of documentKinds().map((k) => k.scopeKey)) {
		const list = [...new Set(scope[key] ?? [])];
		for (let i = 0; i < list.length; i += CHUNK) {
			await enqueueJob(db, SEARCH_REINDEX_JOB, { [key]: list.slice(i, i + CHUNK) });
			jobs++;
		}
	}
	return jobs;
}

registerJobHandler(SEARCH_REINDEX_JOB, async (db, raw) => reindex(db, payload().parse(raw) as Scope));
