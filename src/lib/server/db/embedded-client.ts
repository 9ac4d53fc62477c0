/** The embedded database (PGlite), in memory or in a data folder: client.ts opens it on demand. */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DbHandle, DbOptions } from './client';
import { DURABLE_START_PARAMS, DurableNodeFS, syncPath, syncTree } from './durable-fs';
import { lockDataDir } from './lock';
import * as schema from './schema';
import type { Db } from './types';

/** Contrib modules the migrations use (CREATE EXTENSION): PGlite needs them again on every open. */
export const pgliteExtensions = { pg_trgm };

export async function openEmbedded(options: Exclude<DbOptions, { databaseUrl: string }>): Promise<DbHandle> {
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
