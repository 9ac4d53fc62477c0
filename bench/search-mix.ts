// Search with a realistic mix (bench/lib/search-mix.ts): ≥ 1,000 distinct queries in four languages —
// words, inflections, no diacritics, typos, places, names — through /api/v1/search at concurrency 1,
// drawn with Zipf-like popularity. Runs the app twice on the same database: with its answer cache
// (reporting the hit rate the API's Server-Timing tells) and with SEARCH_CACHE_ENTRIES=0 and RESPONSE_CACHE_MB=0, where
// every request is cold. Then the app's memory after the warm-up (RSS of every app process).
//
//   npm run build
//   DATABASE_URL=postgres://…/tuvuma_bench npx tsx bench/search-mix.ts        (the 100k dataset)
//   BENCH_DATA_DIR=/tmp/tuvuma-bench-10k npx tsx bench/search-mix.ts
//
// BENCH_MIX_REQUESTS (default 3000) searches per run, BENCH_MIX_DISTINCT (default 1200), BENCH_PORT
// (default 4262), APP_PROCESSES (default 1; more need DATABASE_URL).
import { readFileSync } from 'node:fs';
import { startApp } from './lib/server.mjs';
import { load } from './lib/load.mjs';
import { searchQueries, searchUrl, warmUpUrls, zipfStream } from './lib/search-mix';

const REQUESTS = Number(process.env.BENCH_MIX_REQUESTS ?? 3000);
const DISTINCT = Number(process.env.BENCH_MIX_DISTINCT ?? 1200);
const PORT = Number(process.env.BENCH_PORT ?? 4262);
const databaseUrl = process.env.DATABASE_URL;
const dataDir = process.env.BENCH_DATA_DIR;
if (!databaseUrl && !dataDir) {
	console.error('Set DATABASE_URL (PostgreSQL with a generated dataset) or BENCH_DATA_DIR (a PGlite folder).');
	process.exit(2);
}

const queries = searchQueries(DISTINCT);
const stream = zipfStream(queries, REQUESTS);

/** RSS in MB of a process and its children (the cluster's app processes). */
function rssMb(pid: number): number {
	const children = (() => {
		try {
			return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
		} catch {
			return [];
		}
	})();
	const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
	return own + children.reduce((sum, child) => sum + rssMb(child), 0);
}

const cell = (s: unknown, w: number) => String(s).padEnd(w);
console.log(`mix: ${queries.length} distinct queries; ${REQUESTS} searches drawn from them, ${new Set(stream).size} distinct among those`);
const kinds = new Map<string, number>();
for (const q of queries) kinds.set(q.kind, (kinds.get(q.kind) ?? 0) + 1);
console.log(`  ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`\n${cell('run', 34)}${cell('req/s', 8)}${cell('p50 ms', 9)}${cell('p95 ms', 9)}${cell('p99 ms', 9)}${cell('hit rate', 10)}${cell('RSS MB/idle', 12)}target`);

for (const [label, entries] of [
	['answer cache on (default)', undefined],
	['cache off (every search cold)', '0']
] as const) {
	const env: Record<string, string> = entries === undefined ? {} : { SEARCH_CACHE_ENTRIES: entries, RESPONSE_CACHE_MB: entries };
	const app = await startApp(PORT, env, databaseUrl ? { databaseUrl } : { dataDir });
	try {
		const warm = warmUpUrls(app.base, queries);
		await load(warm, { concurrency: 2, requests: warm.length });
		let hits = 0;
		let computed = 0;
		const counted = (res: { headers: Record<string, string | string[] | undefined> }) => {
			const timing = String(res.headers['server-timing'] ?? '');
			if (timing.includes('cache hit')) hits++;
			else if (timing.includes('computed')) computed++;
		};
		const urls = stream.map((q) => searchUrl(app.base, q));
		const r = await load(urls, { concurrency: 1, requests: urls.length, onResponse: counted });
		const rss = rssMb(app.pid!);
		// and once idle: after 10 s without requests the app collects its garbage (IDLE_COLLECT_SECONDS,
		// checked every 5 s), so 25 s covers it
		await new Promise((r) => setTimeout(r, 25_000));
		const idle = rssMb(app.pid!);
		const hitRate = hits + computed ? hits / (hits + computed) : 0;
		const target = entries === '0' && databaseUrl ? `cold p95 ≤ 15 ms: ${r.p95 <= 15 ? 'PASS' : 'MISS'}` : '';
		console.log(
			`${cell(label, 34)}${cell(r.rps.toFixed(0), 8)}${cell(r.p50.toFixed(2), 9)}${cell(r.p95.toFixed(2), 9)}${cell(r.p99.toFixed(2), 9)}${cell(`${(hitRate * 100).toFixed(1)} %`, 10)}${cell(`${rss.toFixed(0)} / ${idle.toFixed(0)}`, 12)}${target}${r.errors ? `  (${r.errors} non-200)` : ''}`
		);
	} finally {
		await app.stop();
	}
}
