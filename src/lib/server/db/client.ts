import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';
import type { Db } from './types';

/** `dataDir`: the folder of an embedded database opened from disk (not in memory, not PostgreSQL). */
export type DbHandle = { db: Db; kind: 'pglite' | 'postgres'; close: () => Promise<void>; dataDir?: string };

export type DbOptions =
	| { databaseUrl: string }
	| { dataDir: string; purpose: string }
	| { memory: true; loadDataDir?: Blob };

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
	// the embedded database's engine is loaded only when it is used (not by a server on PostgreSQL)
	const { openEmbedded } = await import('./embedded-client');
	return openEmbedded(options);
}
