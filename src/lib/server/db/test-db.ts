import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDb, type DbHandle } from './client';
import { migrate } from './migrate';
import { seedDemo } from '../seed/index';

/**
 * A fresh, migrated database for one data-layer test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by TEST_DATABASE_URL (scripts/test.sh starts one).
 * `close()` drops the PostgreSQL database again.
 */
export async function openTestDb(options: { seed?: boolean } = {}): Promise<DbHandle> {
	const serverUrl = process.env.TEST_DATABASE_URL;
	let handle: DbHandle;
	if (serverUrl) {
		const name = `tuvuma_test_${randomBytes(6).toString('hex')}`;
		await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
		const url = new URL(serverUrl);
		url.pathname = `/${name}`;
		const opened = await openDb({ databaseUrl: url.toString() });
		handle = {
			...opened,
			close: async () => {
				await opened.close();
				await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			}
		};
	} else {
		handle = await openDb({ memory: true });
	}
	await migrate(handle);
	if (options.seed) await seedDemo(handle.db);
	return handle;
}

async function adminQuery(url: string, sql: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}

export const testDbKind = (): 'postgres' | 'pglite' => (process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
