import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { resolve } from 'node:path';
import type { DbHandle } from './client';

/** Forward-only SQL migrations committed in ./drizzle (schema from drizzle-kit, reference data by hand). */
export const migrationsFolder = resolve('drizzle');

export async function migrate(handle: DbHandle): Promise<void> {
	if (handle.kind === 'pglite') {
		await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
	} else {
		await migratePg(handle.db as unknown as NodePgDatabase, { migrationsFolder });
	}
}
