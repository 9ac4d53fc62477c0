// Two builds of the app, compared on the same cold search mix over HTTP, paired: every search of
// the Zipf stream (bench/lib/search-mix.ts) goes to both servers, in alternating order, so the
// box's drift (±1 ms at the median from minute to minute on a shared 2-core machine) falls on
// both alike. Prints each side's client latency and Server-Timing, and the median of the
// per-search differences (B − A).
//
//   start each build with SEARCH_CACHE_ENTRIES=0 RESPONSE_CACHE_MB=0 on the same DATABASE_URL, then
//   npx tsx bench/search-paired.ts http://127.0.0.1:4701 http://127.0.0.1:4702
//
// BENCH_MIX_REQUESTS (default 3000) searches per side.
import http from 'node:http';
import { searchQueries, searchUrl, warmUpUrls, zipfStream } from './lib/search-mix';

const bases = process.argv.slice(2, 4);
if (bases.length !== 2) {
	console.error('Give the two servers: npx tsx bench/search-paired.ts <base A> <base B>');
	process.exit(2);
}
const agents = bases.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));

/** One GET; resolves with the response's Server-Timing once the body is read. */
function get(side: number, url: string): Promise<string> {
	return new Promise((resolve, reject) =>
		http
			.get(url, { agent: agents[side] }, (res) => {
				res.on('data', () => {});
				res.on('end', () => (res.statusCode === 200 ? resolve(String(res.headers['server-timing'] ?? '')) : reject(new Error(`${url}: ${res.statusCode}`))));
			})
			.on('error', reject)
	);
}

const queries = searchQueries(1200);
// the bench's warm-up, both servers in turn
const warm = bases.map((base) => warmUpUrls(base, queries));
for (let i = 0; i < warm[0].length; i++) for (const side of [0, 1]) await get(side, warm[side][i]);

const latency: number[][] = [[], []];
const took: number[][] = [[], []];
let n = 0;
for (const q of zipfStream(queries, Number(process.env.BENCH_MIX_REQUESTS ?? 3000))) {
	for (const side of n++ % 2 ? [0, 1] : [1, 0]) {
		const started = performance.now();
		const timing = await get(side, searchUrl(bases[side], q));
		latency[side].push(performance.now() - started);
		took[side].push(Number(/dur=([0-9.]+)/.exec(timing)?.[1]));
	}
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * xs.length)].toFixed(2);
for (const side of [0, 1]) {
	const l = latency[side];
	console.log(`${'AB'[side]} ${bases[side]}  client p50 ${pct(l, 0.5)} p95 ${pct(l, 0.95)} p99 ${pct(l, 0.99)} ms | search (Server-Timing) p50 ${pct(took[side], 0.5)} p95 ${pct(took[side], 0.95)}`);
}
const diff = latency[0].map((a, i) => latency[1][i] - a);
console.log(`paired B − A, client: median ${pct(diff, 0.5)} ms, mean ${(diff.reduce((x, y) => x + y, 0) / diff.length).toFixed(2)} ms`);
