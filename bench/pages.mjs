// Server-side rendering speed of the directory pages on the embedded database, next to a bare
// Node http handler measured in the same run. Run: npm run build && node bench/pages.mjs
import { startApp } from './lib/server.mjs';
import { load, startBaseline } from './lib/load.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const app = await startApp(4392);
const baseline = await startBaseline(4393);
try {
	const html = await (await fetch(`${app.base}/lv/razotaji`)).text();
	const producer = /href="(\/lv\/razotaji\/[a-z0-9-]+)"/.exec(html)?.[1] ?? '/lv/razotaji';
	const targets = {
		home: [`${app.base}/lv`],
		directory: [`${app.base}/lv/razotaji`, `${app.base}/lv/razotaji?page=2`, `${app.base}/lv/razotaji?sort=newest`],
		producer: [`${app.base}${producer}`]
	};
	await load([baseline.url], { concurrency: 8, requests: 2000 }); // warm-up
	for (const urls of Object.values(targets)) await load(urls, { concurrency: 4, requests: 50 });

	console.log('target        conc   req/s     p50 ms  p95 ms  p99 ms  ratio-to-floor');
	for (const concurrency of [1, 32]) {
		const floor = await load([baseline.url], { concurrency, requests: REQUESTS * 10 });
		console.log(`${'bare node'.padEnd(14)}${String(concurrency).padEnd(7)}${floor.rps.toFixed(0).padEnd(10)}${floor.p50.toFixed(2).padEnd(8)}${floor.p95.toFixed(2).padEnd(8)}${floor.p99.toFixed(2).padEnd(8)}1.000`);
		for (const [name, urls] of Object.entries(targets)) {
			const r = await load(urls, { concurrency, requests: REQUESTS });
			console.log(`${name.padEnd(14)}${String(concurrency).padEnd(7)}${r.rps.toFixed(0).padEnd(10)}${r.p50.toFixed(2).padEnd(8)}${r.p95.toFixed(2).padEnd(8)}${r.p99.toFixed(2).padEnd(8)}${(r.rps / floor.rps).toFixed(3)}${r.errors ? `  (${r.errors} non-200)` : ''}`);
		}
	}
} finally {
	await baseline.stop();
	await app.stop();
}
