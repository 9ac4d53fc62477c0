import type { DbHandle } from '$lib/server/db/client';
import { openTestDb } from '$lib/server/db/test-db';
import { insertProducerFixtures } from './test-fixtures';

/** A fresh migrated database (PGlite, or a new PostgreSQL database) with the producer fixtures. */
export async function openFixtureDb(): Promise<DbHandle> {
	const handle = await openTestDb();
	await insertProducerFixtures(handle.db);
	return handle;
}
