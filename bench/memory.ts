// What the app holds in memory once its search index is loaded: RSS, V8 heap, and the index's typed
// arrays (external memory), measured in this process after a full garbage collection.
//
//   DATABASE_URL=postgres://…/tuvuma_bench node --expose-gc --import tsx bench/memory.ts
//   DATA_DIR=/tmp/tuvuma-bench-10k node --expose-gc --import tsx bench/memory.ts
import { openDb } from '../src/lib/server/db/client';
import { freshIndex } from '../src/lib/server/search/freshness';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
function report(label: string) {
	(globalThis as { gc?: () => void }).gc?.();
	const m = process.memoryUsage();
	console.log(`${label.padEnd(30)} rss ${mb(m.rss).padStart(7)}  heap used ${mb(m.heapUsed).padStart(7)} of ${mb(m.heapTotal).padStart(7)}  external ${mb(m.external).padStart(7)} (array buffers ${mb(m.arrayBuffers)})`);
}

report('node + modules');
const handle = process.env.DATABASE_URL ? await openDb({ databaseUrl: process.env.DATABASE_URL }) : await openDb({ dataDir: process.env.DATA_DIR!, purpose: 'bench' });
report('database open');
const started = performance.now();
const ix = await freshIndex(handle.db);
console.log(`index loaded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${ix.size} results`);
report('search index loaded');
const typed = Object.values(ix as unknown as Record<string, unknown>).reduce<number>(
	(sum, v) => sum + (ArrayBuffer.isView(v) ? v.byteLength : 0),
	0
);
console.log(`the index's own typed arrays (top level): ${mb(typed)}`);
await handle.close();
