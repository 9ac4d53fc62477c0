// Times search() and suggest() in-process (no HTTP) on a generated dataset, query by query, and
// prints the slowest statement's plan with EXPLAIN ANALYZE when BENCH_EXPLAIN=1 (PostgreSQL).
//
//   DATABASE_URL=postgres://…/tuvuma_bench npx tsx bench/search-inprocess.ts [query-string …]
//   DATA_DIR=/tmp/tuvuma-bench-10k npx tsx bench/search-inprocess.ts
// BENCH_RUNS (default 5) timed runs per query after one untimed; run with SEARCH_CACHE_ENTRIES=0
// to time the engine (otherwise the repeats are answered from the per-generation cache).
// Through the search port's memory adapter (decision 011) without the app's unmet-demand log,
// which needs a request: a miss costs one insert more in the app.
import { openDb } from '../src/lib/server/db/client';
import { memorySearchPort } from '../src/lib/server/search';

const { parse, search, suggest } = memorySearchPort();

const QUERIES = process.argv.slice(2).length
	? process.argv.slice(2)
	: [
			'q=medus', 'q=siers', 'q=kūpināts siers', 'q=ievarijums', 'q=zemenu ievarijums', 'q=kazas siers', 'q=meduss', 'q=kupnats',
			'q=medus Sigulda', 'q=keramika Latgale', 'q=medus&category=medus', 'category=piena-produkti-un-siers&region=kurzeme',
			'kind=craftsman&region=latgale', 'q=medus&near=56.9496,24.1052&sort=distance', 'near=56.6511,23.7214&sort=distance',
			'category=medus&near=57.5411,25.4275&radius=50&sort=distance'
		];
const SUGGEST = ['ka', 'med', 'sie', 'kup', 'ievar', 'rupj', 'sigu', 'ke'];
const handle = process.env.DATABASE_URL ? await openDb({ databaseUrl: process.env.DATABASE_URL }) : await openDb({ dataDir: process.env.DATA_DIR!, purpose: 'bench' });
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const times = (n: number, f: () => Promise<unknown>) => (async () => {
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		const t = performance.now();
		await f();
		out.push(performance.now() - t);
	}
	return out.sort((a, b) => a - b);
})();
try {
	for (const qs of QUERIES) {
		const params = parse(new URLSearchParams(qs)).params;
		const r = await search(handle.db, params, 'lv');
		const t = await times(RUNS, () => search(handle.db, params, 'lv'));
		console.log(`${qs.padEnd(60)} total ${String(r.total).padStart(6)}  median ${t[t.length >> 1].toFixed(1).padStart(7)} ms  min ${t[0].toFixed(1)} ms`);
	}
	for (const q of SUGGEST) {
		const r = await suggest(handle.db, q, 'lv');
		const t = await times(RUNS, () => suggest(handle.db, q, 'lv'));
		console.log(`suggest ${q.padEnd(52)} ${String(r.suggestions.length).padStart(6)}  median ${t[t.length >> 1].toFixed(1).padStart(7)} ms  min ${t[0].toFixed(1)} ms`);
	}
} finally {
	await handle.close();
}
