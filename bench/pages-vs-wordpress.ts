// Issue 14's table: the pages a visitor opens, Tuvumā next to the WordPress peer (../shared/bench/
// wordpress-peer: WordPress 6.1 from Debian on nginx + php-fpm + MariaDB with 10,000 producers as
// posts) on the same machine and data size, in one run: c=1 p50/p95 and c=32 req/s of each, their
// ratio, what a first visit downloads (compressed bytes of HTML, CSS, JS and fonts; requests) and
// Lighthouse's mobile performance score. Then /api/v1/search at c=32 against a bare Node server.
//
//   npm run build
//   (as root) ../shared/bench/wordpress-peer/setup.sh && php ../shared/bench/wordpress-peer/load.php 10000
//   DATABASE_URL=postgres://…/tuvuma_10k APP_PROCESSES=2 npx tsx bench/pages-vs-wordpress.ts
//
// Both servers get the Accept-Encoding a browser sends (brotli/gzip). BENCH_SECONDS (default 8) per
// run after a 2 s warm-up; BENCH_LIGHTHOUSE=0 skips Lighthouse; WP_URL (default 127.0.0.1:18080);
// BENCH_PORT (default 4264; the floor uses the next port).
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measurePage } from '../tests/e2e/performance/page-weight';
import { load, startBaseline } from './lib/load.mjs';
import { startApp } from './lib/server.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 4264);
const WP = (process.env.WP_URL ?? 'http://127.0.0.1:18080').replace(/\/$/, '');
/** The peer's folder: WP_PEER_DIR, else ../shared/bench/wordpress-peer next to the checkout or any folder above it (a worktree sits deeper). */
const PEER = process.env.WP_PEER_DIR ? `${process.env.WP_PEER_DIR.replace(/\/$/, '')}/` : findPeer(dirname(fileURLToPath(import.meta.url)));
function findPeer(from: string): string {
	for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'shared/bench/wordpress-peer/wp-info.php'))) return join(dir, 'shared/bench/wordpress-peer/');
	throw new Error('WordPress peer not found: set WP_PEER_DIR to ../shared/bench/wordpress-peer');
}
const databaseUrl = process.env.DATABASE_URL;
const dataDir = process.env.BENCH_DATA_DIR;
const processes = process.env.APP_PROCESSES ?? (databaseUrl ? '2' : '1');
const BROWSER = { 'accept-encoding': 'br, gzip' };
/** Issue 14's throughput targets at c=32, as a multiple of WordPress. */
const TARGET: Record<string, number> = { home: 20, category: 20, 'search medus': 20, 'search ievarijums': 20, producer: 5 };

if (!databaseUrl && !dataDir) {
	console.error('Set DATABASE_URL (PostgreSQL with the 10k dataset) or BENCH_DATA_DIR (a PGlite folder).');
	process.exit(2);
}
const wpInfo = JSON.parse(execFileSync('php', [`${PEER}wp-info.php`], { encoding: 'utf8' })) as { producers: number; single: string; category: string };
const app = await startApp(PORT, { APP_PROCESSES: processes, MAP_TILE_URL: 'https://127.0.0.1:9/{z}/{x}/{y}.png' }, databaseUrl ? { databaseUrl } : { dataDir });
const floor = await startBaseline(PORT + 1);
try {
	const total = (await (await fetch(`${app.base}/api/v1/producers?per_page=1`)).json()).meta?.total ?? 0;
	const middle = await (await fetch(`${app.base}/api/v1/producers?per_page=1&page=${Math.max(1, Math.floor(total / 2))}`)).json();
	const producer = new URL(middle.data[0].url).pathname;
	const pages: [string, string, string][] = [
		['home', `${app.base}/lv`, `${WP}/`],
		['category', `${app.base}/lv/razotaji?category=medus`, wpInfo.category],
		['search medus', `${app.base}/lv/meklet?q=medus`, `${WP}/?s=medus`],
		['search ievarijums', `${app.base}/lv/meklet?q=ievarijums`, `${WP}/?s=ievarijums`],
		['producer', `${app.base}${producer}`, wpInfo.single]
	];
	console.log(`Tuvumā: ${total} producers, ${processes} app process(es), ${databaseUrl ? 'PostgreSQL' : 'PGlite'}; WordPress: ${wpInfo.producers} posts, php-fpm 5 children on all ${availableParallelism()} cores; ${SECONDS} s per run; Accept-Encoding: br, gzip; shared response cache ${process.env.RESPONSE_CACHE_MB ?? '8'} MB, search answer cache ${process.env.SEARCH_CACHE_ENTRIES ?? '1000'} entries`);

	/** Measured requests answered from the shared response cache (decision 016), told by Server-Timing. */
	let hits = 0;
	const countHit = (res: { headers: Record<string, string | string[] | undefined> }) => {
		if (String(res.headers['server-timing'] ?? '').includes('cache hit')) hits++;
	};
	const measure = async (url: string, concurrency: number) => {
		await load([url], { concurrency, requests: Infinity, maxSeconds: 2, headers: BROWSER });
		hits = 0;
		return load([url], { concurrency, requests: Infinity, maxSeconds: SECONDS, headers: BROWSER, onResponse: countHit });
	};
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	const chrome = process.env.BENCH_LIGHTHOUSE === '0' ? null : await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
	const score = async (url: string) => {
		if (!chrome) return '–';
		const lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }))?.lhr;
		const tbt = lhr?.audits['total-blocking-time']?.numericValue;
		return `${Math.round((lhr?.categories.performance.score ?? 0) * 100)}${tbt === undefined ? '' : ` (${Math.round(tbt)})`}`;
	};
	const cell = (s: unknown, w: number) => String(s).padEnd(w);
	const loads: number[] = [];
	const timer = setInterval(() => loads.push(loadavg()[0]), 5000).unref();
	const load1 = () => `load average (1 min) during the run ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}, mean ${(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1)}`;
	loads.push(loadavg()[0]);
	const rows: string[] = [];
	for (const [name, ours, theirs] of pages) {
		console.error(`measuring ${name} …`);
		const us1 = await measure(ours, 1);
		const us32 = await measure(ours, 32);
		const hitShare = us32.count ? hits / us32.count : 0;
		const [wp1, wp32] = [await measure(theirs, 1), await measure(theirs, 32)];
		const [usWeight, wpWeight] = [await measurePage(browser, ours), await measurePage(browser, theirs)];
		console.error(`  Lighthouse ${name} …`);
		const [usScore, wpScore] = [await score(ours), await score(theirs)];
		const ratio = us32.rps / wp32.rps;
		const verdict = TARGET[name] ? `≥ ${TARGET[name]}×: ${ratio >= TARGET[name] ? 'PASS' : 'MISS'}` : '';
		rows.push(
			[
				cell(name, 18),
				cell(`${us1.p50.toFixed(1)}/${us1.p95.toFixed(1)}`, 12),
				cell(us32.rps.toFixed(0), 8),
				cell(`${Math.round(hitShare * 100)} %`, 6),
				cell(`${wp1.p50.toFixed(1)}/${wp1.p95.toFixed(1)}`, 12),
				cell(wp32.rps.toFixed(1), 8),
				cell(`${ratio.toFixed(1)}×`, 8),
				cell(`${(usWeight.bytes / 1024).toFixed(1)} / ${(wpWeight.bytes / 1024).toFixed(1)}`, 15),
				cell(`${usWeight.requests} / ${wpWeight.requests}`, 9),
				cell(`${usScore} / ${wpScore}`, 20),
				verdict + (us32.errors || wp32.errors ? ` (errors: ${us32.errors}/${wp32.errors})` : '')
			].join('')
		);
	}
	await browser.close();
	await chrome?.kill();
	console.log(
		`\n${cell('page', 18)}${cell('T c=1 ms', 12)}${cell('T c=32', 8)}${cell('hits', 6)}${cell('WP c=1 ms', 12)}${cell('WP c=32', 8)}${cell('ratio', 8)}${cell('KB T / WP', 15)}${cell('req T/WP', 9)}${cell('LH T / WP (TBT ms)', 20)}target`
	);
	console.log(`${cell('', 18)}${cell('p50/p95', 12)}${cell('req/s', 8)}${cell('c=32', 6)}${cell('p50/p95', 12)}${cell('req/s', 8)}${cell('c=32', 8)}`);
	for (const row of rows) console.log(row);

	// the search API against a bare Node server's floor, same load generator, same moment
	const searches = ['medus', 'siers', 'ievarijums', 'kūpināts siers', 'medus Sigulda', 'honey', 'мёд', 'keramika Latgale'].map(
		(q) => `${app.base}/api/v1/search?q=${encodeURIComponent(q)}`
	);
	await load(searches, { concurrency: 32, requests: Infinity, maxSeconds: 2, headers: BROWSER });
	hits = 0;
	const api = await load(searches, { concurrency: 32, requests: Infinity, maxSeconds: SECONDS, headers: BROWSER, onResponse: countHit });
	const apiHits = api.count ? Math.round((100 * hits) / api.count) : 0;
	const bare = await load([floor.url], { concurrency: 32, requests: Infinity, maxSeconds: SECONDS });
	const share = api.rps / bare.rps;
	clearInterval(timer);
	console.log(
		`\n/api/v1/search c=32: ${api.rps.toFixed(0)} req/s (p95 ${api.p95.toFixed(1)} ms, ${apiHits} % cache hits); bare Node floor ${bare.rps.toFixed(0)} req/s; ${(share * 100).toFixed(0)} % of the floor — ≥ 30 %: ${share >= 0.3 ? 'PASS' : 'MISS'}`
	);
	console.log(`${load1()} on ${availableParallelism()} cores`);
} finally {
	await floor.stop();
	await app.stop();
}
