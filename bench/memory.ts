// What the app holds in memory once its search index is loaded: RSS, V8 heap, and the index's parts
// (postings, per-slot arrays, strings), measured in this process after a full garbage collection.
//
//   DATABASE_URL=postgres://…/tuvuma_bench node --expose-gc --import tsx bench/memory.ts
//   DATA_DIR=/tmp/tuvuma-bench-10k node --expose-gc --import tsx bench/memory.ts
//
// BENCH_HEAP_SNAPSHOT=/tmp/x.heapsnapshot also writes a heap snapshot (open it in Chromium's DevTools).
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { openDb } from '../src/lib/server/db/client';
import { freshIndex } from '../src/lib/server/search/freshness';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
function report(label: string) {
	(globalThis as { gc?: () => void }).gc?.();
	const m = process.memoryUsage();
	console.log(`${label.padEnd(30)} rss ${mb(m.rss).padStart(7)}  heap used ${mb(m.heapUsed).padStart(7)} of ${mb(m.heapTotal).padStart(7)}  external ${mb(m.external).padStart(7)} (array buffers ${mb(m.arrayBuffers)})`);
	const spaces = getHeapSpaceStatistics().filter((s) => s.space_size > 1024 * 1024);
	console.log(`${''.padEnd(30)} heap spaces: ${spaces.map((s) => `${s.space_name.replace('_space', '')} ${mb(s.space_used_size)}/${mb(s.space_size)}`).join(', ')}`);
}

report('node + modules');
const handle = process.env.DATABASE_URL ? await openDb({ databaseUrl: process.env.DATABASE_URL }) : await openDb({ dataDir: process.env.DATA_DIR!, purpose: 'bench' });
report('database open');
const started = performance.now();
const ix = await freshIndex(handle.db);
console.log(`index loaded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${ix.size} results`);
report('search index loaded');
// freed array buffers are swept concurrently after a collection: the settled picture a moment later
for (const seconds of [2, 5]) {
	await new Promise((r) => setTimeout(r, (seconds === 2 ? 2 : 3) * 1000));
	report(`${seconds} s later`);
}

// the parts: postings (terms → slots), and the per-slot arrays
let postingBytes = 0;
const postingBuffers = new Set<ArrayBufferLike>();
for (const p of ix.postings.values()) {
	postingBytes += p.slots.byteLength + (p.counts?.byteLength ?? 0);
	postingBuffers.add(p.slots.buffer);
	if (p.counts) postingBuffers.add(p.counts.buffer);
}
const bufferBytes = [...postingBuffers].reduce((sum, b) => sum + b.byteLength, 0);
console.log(`postings: ${ix.postings.size} terms, ${mb(postingBytes)} of slots and counts in ${postingBuffers.size} buffers (${mb(bufferBytes)})`);
postingBuffers.clear();
const chars = ix.ids.reduce((n, s) => n + s.length, 0) + ix.sortKeys.reduce((n, s) => n + s.length, 0);
console.log(`per slot: ids and sort keys ${mb(chars * 2)} of characters at most; ${ix.slotOf.size} ids in the slot map`);
if (process.env.BENCH_HEAP_SNAPSHOT) console.log(`heap snapshot: ${writeHeapSnapshot(process.env.BENCH_HEAP_SNAPSHOT)}`);
await handle.close();
