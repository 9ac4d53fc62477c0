// Search speed through the HTTP API (/api/v1/search) and the autocomplete (/lv/meklet/ieteikumi)
// on a large generated dataset (bench/dataset/generate.ts), at concurrency 1 and 32, next to a
// bare Node http handler measured in the same run (the floor). Prints p50/p95/p99, req/s, the
// ratio to the floor and PASS/MISS against the targets of issue #3 (printed, never a failure).
//
//   npm run build
//   BENCH_DATA_DIR=/tmp/tuvuma-bench-10k node bench/search.mjs          # PGlite folder, used as is
//   DATABASE_URL=postgres://…/tuvuma_bench node bench/search.mjs         # PostgreSQL, used as is
//   BENCH_URL=http://127.0.0.1:3000 node bench/search.mjs                # a server already running
//
// BENCH_REQUESTS (default 200) requests per class and concurrency, BENCH_MAX_SECONDS (default 30)
// at most per row; BENCH_CONCURRENCY ("1,32");
// BENCH_DB ("pglite" | "postgres") picks the targets when BENCH_URL is used. The row "app robots.txt"
// is the app answering a fixed text: its own ceiling, for reading the search rows' ratio.
import { startApp } from './lib/server.mjs';
import { load, startBaseline } from './lib/load.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '1,32').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4396);
/** Each row stops issuing requests after this long (slow rows then show fewer requests, `n`). */
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 30);
const databaseUrl = process.env.DATABASE_URL;
const dataDir = process.env.BENCH_DATA_DIR;
const external = process.env.BENCH_URL?.replace(/\/$/, '');
const dbKind = process.env.BENCH_DB ?? (databaseUrl ? 'postgres' : 'pglite');
if (!external && !databaseUrl && !dataDir) {
	console.error('Set BENCH_DATA_DIR (a PGlite folder made by bench/dataset/generate.ts), DATABASE_URL or BENCH_URL.');
	process.exit(2);
}

/** The fixed query mix: every class is a list of query strings appended to /api/v1/search?. */
const SEARCH = {
	plain: ['q=medus', 'q=siers', 'q=rupjmaize', 'q=keramika', 'q=kūpināts siers', 'q=ievārījums'],
	'no diacritics': ['q=ievarijums', 'q=kupinats siers', 'q=zemenu ievarijums', 'q=sviests', 'q=kanepju ella', 'q=majas desa'],
	inflected: ['q=kazas siers', 'q=medu', 'q=ievārījumi', 'q=sieru', 'q=zemenes ievārījumu', 'q=kūpinātu zivi'],
	"typo'd": ['q=meduss', 'q=ievarjums', 'q=rupjmaiz', 'q=sierss', 'q=kupnats', 'q=keramikka'],
	'place words': ['q=medus Sigulda', 'q=siers Ozolnieki', 'q=maize Cēsis', 'q=medus Valmierā', 'q=ievārījums Kuldīga', 'q=keramika Latgale'],
	filters: [
		'q=medus&category=medus',
		'q=siers&region=vidzeme',
		'q=maize&kind=farm',
		'category=piena-produkti-un-siers&region=kurzeme',
		'q=ievarijums&category=ievarijumi-un-konservi&kind=home_producer',
		'kind=craftsman&region=latgale'
	],
	'near-me': [
		'q=medus&near=56.9496,24.1052&sort=distance',
		'q=siers&near=57.3119,25.2706&sort=distance',
		'near=56.6511,23.7214&sort=distance',
		'q=maize&near=55.8714,26.5161&radius=30&sort=distance',
		'q=ievarijums&near=56.5047,21.0108&sort=distance',
		'category=medus&near=57.5411,25.4275&radius=50&sort=distance'
	]
};
const SUGGEST = ['ka', 'med', 'sie', 'kup', 'ievar', 'rupj', 'sigu', 'ke'];

const TARGETS = {
	postgres: { searchP95: 15, floorShare: 0.3, suggestP95: 10 },
	pglite: { searchP95: 30, floorShare: null, suggestP95: 10 }
}[dbKind];

const app = external ? { base: external, stop: async () => {} } : await startApp(PORT, {}, databaseUrl ? { databaseUrl } : { dataDir });
const baseline = await startBaseline(PORT + 1);
try {
	const enc = (qs) => qs.replace(/ /g, '+').replace(/[^\x20-\x7e]/g, (c) => encodeURIComponent(c));
	const targets = Object.fromEntries(Object.entries(SEARCH).map(([name, list]) => [name, list.map((qs) => `${app.base}/api/v1/search?${enc(qs)}`)]));
	targets['search mix'] = Object.values(targets).flat();
	targets.autocomplete = SUGGEST.map((q) => `${app.base}/lv/meklet/ieteikumi?q=${encodeURIComponent(q)}`);

	// what each query finds (a sanity check that the data and the index are there)
	console.log(`dataset: ${dbKind}${external ? ` at ${external}` : databaseUrl ? ' (DATABASE_URL)' : ` ${dataDir}`}`);
	for (const [name, list] of Object.entries(SEARCH)) {
		const found = [];
		for (const qs of list) {
			const res = await fetch(`${app.base}/api/v1/search?${enc(qs)}`);
			const body = await res.json().catch(() => ({}));
			const total = body.total ?? body.meta?.total ?? body.pagination?.total ?? '?';
			found.push(res.ok ? `${qs.replace(/^q=/, '')} → ${total}` : `${qs} → HTTP ${res.status}`);
		}
		console.log(`  ${name}: ${found.join('; ')}`);
	}
	const sugg = [];
	for (const q of SUGGEST) {
		const body = await (await fetch(`${app.base}/lv/meklet/ieteikumi?q=${encodeURIComponent(q)}`)).json().catch(() => ({}));
		sugg.push(`${q} → ${body.suggestions?.length ?? '?'}`);
	}
	console.log(`  autocomplete: ${sugg.join('; ')}`);

	// warm-up
	await load([baseline.url], { concurrency: 8, requests: 2000 });
	for (const urls of Object.values(targets)) await load(urls, { concurrency: 2, requests: urls.length * 2, maxSeconds: MAX_SECONDS });

	const cell = (s, w) => String(s).padEnd(w);
	console.log(`\n${cell('class', 16)}${cell('conc', 6)}${cell('req/s', 9)}${cell('p50 ms', 9)}${cell('p95 ms', 9)}${cell('p99 ms', 9)}${cell('÷floor', 8)}${cell('n', 6)}target`);
	const verdicts = [];
	for (const concurrency of CONCURRENCY) {
		const floor = await load([baseline.url], { concurrency, requests: REQUESTS * 10 });
		console.log(`${cell('bare node', 16)}${cell(concurrency, 6)}${cell(floor.rps.toFixed(0), 9)}${cell(floor.p50.toFixed(2), 9)}${cell(floor.p95.toFixed(2), 9)}${cell(floor.p99.toFixed(2), 9)}${cell('1.000', 8)}${cell(floor.count, 6)}`);
		// the app's own ceiling: a route that answers a fixed text (no database), through the same
		// server, hooks and framework as the search
		const fixed = await load([`${app.base}/robots.txt`], { concurrency, requests: REQUESTS * 5 });
		console.log(`${cell('app robots.txt', 16)}${cell(concurrency, 6)}${cell(fixed.rps.toFixed(0), 9)}${cell(fixed.p50.toFixed(2), 9)}${cell(fixed.p95.toFixed(2), 9)}${cell(fixed.p99.toFixed(2), 9)}${cell((fixed.rps / floor.rps).toFixed(3), 8)}${cell(fixed.count, 6)}`);
		for (const [name, urls] of Object.entries(targets)) {
			const r = await load(urls, { concurrency, requests: name === 'search mix' ? REQUESTS * 2 : REQUESTS, maxSeconds: MAX_SECONDS });
			const ratio = r.rps / floor.rps;
			let target = '';
			if (concurrency === 1) {
				const limit = name === 'autocomplete' ? TARGETS.suggestP95 : TARGETS.searchP95;
				const pass = r.p95 <= limit;
				target = `p95 ≤ ${limit} ms: ${pass ? 'PASS' : 'MISS'}`;
				verdicts.push(`${name} @1 ${target}`);
			} else if (concurrency === 32 && TARGETS.floorShare !== null && name !== 'autocomplete') {
				const pass = ratio >= TARGETS.floorShare;
				target = `≥ ${TARGETS.floorShare * 100} % of floor: ${pass ? 'PASS' : 'MISS'}`;
				verdicts.push(`${name} @32 ${target}`);
			}
			console.log(`${cell(name, 16)}${cell(concurrency, 6)}${cell(r.rps.toFixed(0), 9)}${cell(r.p50.toFixed(2), 9)}${cell(r.p95.toFixed(2), 9)}${cell(r.p99.toFixed(2), 9)}${cell(ratio.toFixed(3), 8)}${cell(r.count, 6)}${target}${r.errors ? `  (${r.errors} non-200)` : ''}`);
		}
	}
	const misses = verdicts.filter((v) => v.endsWith('MISS'));
	console.log(`\ntargets (${dbKind}): ${verdicts.length - misses.length} PASS, ${misses.length} MISS${misses.length ? ` — ${misses.join('; ')}` : ''}`);
} finally {
	await baseline.stop();
	await app.stop();
}
