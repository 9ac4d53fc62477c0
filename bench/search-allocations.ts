// Where a cold search's garbage comes from: the search mix (bench/lib/search-mix.ts) run in this
// process with the answer cache off, under V8's sampling heap profiler with the objects the
// collectors freed included. Prints the JavaScript heap allocated per search and the functions
// that allocate it (their own allocations, then with their callees). A deterministic companion
// to bench/search-mix.ts, whose latencies move with the box's load: garbage is what makes the
// collector pause in the middle of searches.
//
//   DATABASE_URL=postgres://…/tuvuma_bench npx tsx bench/search-allocations.ts
//
// BENCH_ALLOC_SEARCHES (default 1000) searches drawn from the mix after a warm-up of 300.
import { Session } from 'node:inspector/promises';
import { openDb } from '../src/lib/server/db/client';
import { memorySearchPort } from '../src/lib/server/search';
import { searchQueries, zipfStream } from './lib/search-mix';

process.env.SEARCH_CACHE_ENTRIES = '0';
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
	console.error('Set DATABASE_URL (PostgreSQL with a generated dataset, bench/dataset/generate.ts).');
	process.exit(2);
}
const SEARCHES = Number(process.env.BENCH_ALLOC_SEARCHES ?? 1000);

type ProfileNode = { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: ProfileNode[] };

const { parse, search } = memorySearchPort();
const handle = await openDb({ databaseUrl });
try {
	const queries = searchQueries(1200);
	// the index loaded, the code optimised, the reference data read: page 2, which the measured run never asks for
	for (const q of queries.slice(0, 300)) await search(handle.db, parse(new URLSearchParams({ q: q.q, page: '2' })).params, q.lang);
	const session = new Session();
	session.connect();
	await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
	const measured = zipfStream(queries, SEARCHES);
	for (const q of measured) await search(handle.db, parse(new URLSearchParams({ q: q.q })).params, q.lang);
	const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
	session.disconnect();

	const own = new Map<string, number>();
	const withCallees = new Map<string, number>();
	let total = 0;
	const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
	const walk = (node: ProfileNode, stack: ReadonlySet<string>) => {
		const here = name(node);
		total += node.selfSize;
		own.set(here, (own.get(here) ?? 0) + node.selfSize);
		const frames = new Set(stack).add(here);
		for (const frame of frames) withCallees.set(frame, (withCallees.get(frame) ?? 0) + node.selfSize);
		for (const child of node.children) walk(child, frames);
	};
	walk(profile.head, new Set());
	const perSearch = (bytes: number) => `${(bytes / measured.length / 1024).toFixed(1).padStart(8)} KB`;
	console.log(`${measured.length} cold searches: ${(total / measured.length / 1048576).toFixed(2)} MB of JavaScript heap allocated per search`);
	console.log('\nallocated by the function itself, per search');
	for (const [frame, bytes] of [...own].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${perSearch(bytes)}  ${frame}`);
	console.log('\nallocated by the function and its callees, per search');
	for (const [frame, bytes] of [...withCallees].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${perSearch(bytes)}  ${frame}`);
} finally {
	await handle.close();
}
