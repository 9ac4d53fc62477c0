import { openDb, type DbHandle } from '$lib/server/db/client';
import { migrate } from '$lib/server/db/migrate';
import { insertProducerFixtures } from './test-fixtures';

/**
 * A migrated database with the producer fixtures: in-memory PGlite, or the PostgreSQL server in
 * TEST_DATABASE_URL (an empty throwaway database per test file) so the same tests run on both engines.
 */
export async function openFixtureDb(): Promise<DbHandle> {
	const url = process.env.TEST_DATABASE_URL;
	const handle = url ? await openDb({ databaseUrl: url }) : await openDb({ memory: true });
	await migrate(handle);
	await insertProducerFixtures(handle.db);
	return handle;
}
