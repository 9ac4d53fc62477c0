import type { DbHandle } from '$lib/server/db/client';
import { openTestDb } from '$lib/server/db/test-db';
import { searchPort } from '$lib/server/search';
import { insertProducerFixtures } from './test-fixtures';

/**
 * A fresh migrated database (PGlite, or a new PostgreSQL database) with the producer fixtures,
 * indexed for search as the app's flows would have done (counts per category come from there).
 */
export async function openFixtureDb(): Promise<DbHandle> {
	const handle = await openTestDb();
	await insertProducerFixtures(handle.db);
	await searchPort().reindexAll(handle.db);
	return handle;
}
