// One server's cold search latency over time: the Zipf stream of bench/search-mix.ts in blocks of
// 500, after the same warm-up, each block's p50/p95 and those of the queries seen for the first
// time against the repeats. Shows how much of a run's tail is the process warming up.
//
//   start the build with SEARCH_CACHE_ENTRIES=0 RESPONSE_CACHE_MB=0 on DATABASE_URL, then
//   npx tsx bench/search-blocks.ts http://127.0.0.1:4701 [searches, default 3000]
import http from 'node:http';
import { searchQueries, searchUrl, warmUpUrls, zipfStream } from './lib/search-mix';

const base = process.argv[2];
if (!base) {
	console.error('Give the server: npx tsx bench/search-blocks.ts <base> [searches]');
	process.exit(2);
}
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const get = (url: string) =>
	new Promise<void>((resolve, reject) =>
		http
			.get(url, { agent }, (res) => {
				res.resume();
				res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`${url}: ${res.statusCode}`))));
			})
			.on('error', reject)
	);
const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))].toFixed(2) : '–');

const queries = searchQueries(1200);
for (const url of warmUpUrls(base, queries)) await get(url);
const seen = new Set<string>();
let block: { ms: number; first: boolean }[] = [];
const stream = zipfStream(queries, Number(process.argv[3] ?? 3000));
for (const [i, q] of stream.entries()) {
	const first = !seen.has(q.q + '\u0000' + q.lang);
	seen.add(q.q + '\u0000' + q.lang);
	const t = performance.now();
	await get(searchUrl(base, q));
	block.push({ ms: performance.now() - t, first });
	if (block.length === 500 || i === stream.length - 1) {
		const all = block.map((b) => b.ms);
		const firsts = block.filter((b) => b.first).map((b) => b.ms);
		const repeats = block.filter((b) => !b.first).map((b) => b.ms);
		console.log(
			`searches ${i + 2 - block.length}–${i + 1}: p50 ${pct(all, 0.5)} p95 ${pct(all, 0.95)} ms | first seen ${firsts.length}: p50 ${pct(firsts, 0.5)} p95 ${pct(firsts, 0.95)} | repeats p50 ${pct(repeats, 0.5)} p95 ${pct(repeats, 0.95)}`
		);
		block = [];
	}
}
