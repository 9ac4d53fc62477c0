import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DURABLE_START_PARAMS, DurableNodeFS, syncPath, syncTree } from './durable-fs';
import * as schema from './schema';
import { lockDataDir } from './lock';
import type { Db } from './types';

/** `dataDir`: the folder of an embedded database opened from disk (not in memory, not PostgreSQL). */
export type DbHandle = { db: Db; kind: 'pglite' | 'postgres'; close: () => Promise<void>; dataDir?: string };

export type DbOptions =
	| { databaseUrl: string }
	| { dataDir: string; purpose: string }
	| { memory: true; loadDataDir?: Blob };

/** Contrib modules the migrations use (CREATE EXTENSION): PGlite needs them again on every open. */
export const pgliteExtensions = { pg_trgm };

export async function openDb(options: DbOptions): Promise<DbHandle> {
	if ('databaseUrl' in options) {
		const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
		// An idle pooled connection can be closed by the server (restart, failover, admin). node-postgres
		// then emits 'error' on the pool, which would crash the process; the pool replaces the client on
		// the next query, so the event is logged, and queries in flight still fail loudly.
		pool.on('error', (e) => console.error(`PostgreSQL closed an idle connection: ${e.message}`));
		await pool.query('select 1'); // fail at start-up, with the driver's message, when unreachable
		return { db: drizzlePg(pool, { schema }) as unknown as Db, kind: 'postgres', close: () => pool.end() };
	}
	if ('memory' in options) {
		const client = await PGlite.create({ loadDataDir: options.loadDataDir, extensions: pgliteExtensions });
		return { db: drizzlePglite(client, { schema }) as unknown as Db, kind: 'pglite', close: () => client.close() };
	}
	const unlock = lockDataDir(options.dataDir, options.purpose);
	try {
		// durable: PostgreSQL with fsync on and a filesystem whose syncs reach the disk (durable-fs.ts)
		const folder = join(options.dataDir, 'pglite');
		const existed = existsSync(folder);
		if (existed) syncTree(folder);
		const client = await PGlite.create({ fs: new DurableNodeFS(folder), startParams: DURABLE_START_PARAMS, extensions: pgliteExtensions });
		if (!existed) {
			// initdb wrote it with fsync off; and the data folder's entry for it
			syncTree(folder);
			syncPath(options.dataDir);
		}
		return {
			db: drizzlePglite(client, { schema }) as unknown as Db,
			kind: 'pglite',
			dataDir: options.dataDir,
			close: async () => {
				await client.close();
				unlock();
			}
		};
	} catch (e) {
		unlock();
		throw e;
	}
}
