// Speed of the map's cluster endpoint (/lv/karte/dati: server-side grid clustering + the first 24
// producers of the view) at zoom 7, 10 and 13, next to a bare Node http handler measured in the
// same run (the floor).
//
//   npm run build && node bench/map-clusters.mjs                      # demo data, embedded PGlite
//   DATABASE_URL=postgres://… node bench/map-clusters.mjs              # any database, e.g. a 100k one
//   BENCH_URL=http://127.0.0.1:3000 node bench/map-clusters.mjs        # a server that is already running
//
// BENCH_REQUESTS (default 300) requests per row; BENCH_CONCURRENCY (default "1,32").
import { startApp } from './lib/server.mjs';
import { load, startBaseline } from './lib/load.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '1,32').split(',').map(Number);
const VIEWPORT = { width: 1280, height: 800 };
// where people look: the capital, towns in every planning region, and the countryside between them
const CENTRES = [
	[56.9496, 24.1052], // Rīga
	[57.1537, 24.8533], // Sigulda
	[57.3119, 25.2706], // Cēsis
	[56.6511, 23.7214], // Jelgava
	[55.8714, 26.5161], // Daugavpils
	[56.5047, 21.0108], // Liepāja
	[57.5411, 25.4275], // Valmiera
	[56.5099, 27.3331], // Rēzekne
	[57.0, 22.5], // Kurzeme countryside
	[56.8, 26.0] // Latgale/Vidzeme border
];

/** The bbox a VIEWPORT-sized Leaflet map shows at a centre and zoom (Web Mercator). */
function bboxAt([lat, lng], zoom) {
	const world = 256 * 2 ** zoom;
	const x = ((lng + 180) / 360) * world;
	const r = (lat * Math.PI) / 180;
	const y = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * world;
	const lngOf = (px) => (px / world) * 360 - 180;
	const latOf = (py) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / world))) * 180) / Math.PI;
	const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v));
	const f = (v) => v.toFixed(5);
	return [
		f(clamp(lngOf(x - VIEWPORT.width / 2), 180)),
		f(clamp(latOf(y + VIEWPORT.height / 2), 85)),
		f(clamp(lngOf(x + VIEWPORT.width / 2), 180)),
		f(clamp(latOf(y - VIEWPORT.height / 2), 85))
	].join(',');
}

const external = process.env.BENCH_URL?.replace(/\/$/, '');
const app = external
	? { base: external, stop: async () => {} }
	: await startApp(4394, process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {});
const baseline = await startBaseline(4395);
try {
	const url = (zoom, centre, filter = '') => `${app.base}/lv/karte/dati?bbox=${bboxAt(centre, zoom)}&zoom=${zoom}${filter}`;
	const targets = {
		'zoom 7': CENTRES.map((c) => url(7, c)),
		'zoom 10': CENTRES.map((c) => url(10, c)),
		'zoom 13': CENTRES.map((c) => url(13, c)),
		'zoom 10+medus': CENTRES.map((c) => url(10, c, '&category=medus'))
	};

	// what one answer holds, to read the timings against
	console.log(`server: ${external ?? (process.env.DATABASE_URL ? 'built app on DATABASE_URL' : 'built app on embedded PGlite (demo data)')}`);
	console.log('target          markers/answer  producers in view  body kB');
	for (const [name, urls] of Object.entries(targets)) {
		let markers = 0;
		let total = 0;
		let bytes = 0;
		for (const u of urls) {
			const res = await fetch(u);
			if (!res.ok) throw new Error(`${res.status} for ${u}`);
			const text = await res.text();
			const body = JSON.parse(text);
			markers += body.clusters.length + body.points.length;
			total += body.total;
			bytes += Buffer.byteLength(text);
		}
		const n = urls.length;
		console.log(`${name.padEnd(16)}${(markers / n).toFixed(0).padEnd(16)}${(total / n).toFixed(0).padEnd(19)}${(bytes / n / 1024).toFixed(1)}`);
	}

	await load([baseline.url], { concurrency: 8, requests: 2000 }); // warm-up
	for (const urls of Object.values(targets)) await load(urls, { concurrency: 4, requests: 40 });

	console.log('\ntarget          conc   req/s     p50 ms  p95 ms  p99 ms  ratio-to-floor');
	for (const concurrency of CONCURRENCY) {
		const floor = await load([baseline.url], { concurrency, requests: REQUESTS * 10 });
		console.log(`${'bare node'.padEnd(16)}${String(concurrency).padEnd(7)}${floor.rps.toFixed(0).padEnd(10)}${floor.p50.toFixed(2).padEnd(8)}${floor.p95.toFixed(2).padEnd(8)}${floor.p99.toFixed(2).padEnd(8)}1.000`);
		for (const [name, urls] of Object.entries(targets)) {
			const r = await load(urls, { concurrency, requests: REQUESTS });
			console.log(`${name.padEnd(16)}${String(concurrency).padEnd(7)}${r.rps.toFixed(0).padEnd(10)}${r.p50.toFixed(2).padEnd(8)}${r.p95.toFixed(2).padEnd(8)}${r.p99.toFixed(2).padEnd(8)}${(r.rps / floor.rps).toFixed(3)}${r.errors ? `  (${r.errors} non-200)` : ''}`);
		}
	}
} finally {
	await baseline.stop();
	await app.stop();
}
