import { openDb } from '/work/main/src/lib/server/db/client';
import { reindexAll } from '/work/main/src/lib/server/search/indexer';
const h = await openDb({ databaseUrl: 'postgres://postgres@127.0.0.1:55433/tuvuma_bench' });
const t = performance.now();
const n = await reindexAll(h.db);
console.log(`reindexAll: ${n} documents in ${((performance.now() - t) / 1000).toFixed(1)} s`);
await h.close();
