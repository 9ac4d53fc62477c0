// Rebuilds the search index of an existing database with the app's reindexAll(db) and prints how
// long it took (for a dataset generated with --no-index, or after changing the indexer).
//
//   DATA_DIR=/tmp/tuvuma-bench-10k npx tsx bench/dataset/reindex.ts
//   DATABASE_URL=postgres://…/tuvuma_bench npx tsx bench/dataset/reindex.ts
import { sql } from 'drizzle-orm';
import { openDb } from '../../src/lib/server/db/client';
import { migrate } from '../../src/lib/server/db/migrate';
import { reindexAll } from '../../src/lib/server/search/indexer';

const handle = process.env.DATABASE_URL
	? await openDb({ databaseUrl: process.env.DATABASE_URL })
	: await openDb({ dataDir: process.env.DATA_DIR ?? './data', purpose: 'bench reindex' });
try {
	await migrate(handle);
	const t0 = performance.now();
	const docs = await reindexAll(handle.db);
	console.log(`reindexAll: ${docs} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
	if (handle.kind === 'postgres') await handle.db.execute(sql`analyze search_documents`);
} finally {
	await handle.close();
}
