// Does the site keep answering while an admin import runs? (issue 11, item 7)
// Starts the built app on a fresh embedded database with the demo data, signs in as the demo admin
// and uploads through the admin page (/lv/admin/imports) as a browser does: a ~9.5 MB producers CSV
// (preview job, then the confirmed import job) and XLSX zip bombs (~870 MB of XML; one archive with
// honest sizes, one that declares 1 kB per entry). Meanwhile two probes request GET /lv and
// GET /api/v1/search?q=medus one after another, every 50 ms each; the table compares their
// latency (p50/p95/max) and the longest stall (the longest time without any answer) with the same
// probes while nothing is imported, plus the server's peak RSS in each phase (VmHWM, reset per phase).
//
//   npm run build
//   npx tsx bench/import-latency.ts
//
// Env: LAT_PORT (4415), LAT_CSV_MB (9.5), LAT_BOMB_MB (870), LAT_IDLE_SECONDS (15),
// LAT_INTERVAL_MS (50), LAT_SCENARIOS (csv,xlsx-bomb,xlsx-bomb-lying), LAT_TIMEOUT_SECONDS (900 per phase).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { startApp } from './lib/server.mjs';
import { producersCsv, xlsxBomb } from './lib/import-files';

const PORT = Number(process.env.LAT_PORT ?? 4415);
const CSV_MB = Number(process.env.LAT_CSV_MB ?? 9.5);
const BOMB_MB = Number(process.env.LAT_BOMB_MB ?? 870);
const IDLE_SECONDS = Number(process.env.LAT_IDLE_SECONDS ?? 15);
const INTERVAL = Number(process.env.LAT_INTERVAL_MS ?? 50);
const SCENARIOS = (process.env.LAT_SCENARIOS ?? 'csv,xlsx-bomb,xlsx-bomb-lying').split(',').map((s) => s.trim());
const PHASE_TIMEOUT = Number(process.env.LAT_TIMEOUT_SECONDS ?? 900) * 1000;
const PROBES = ['/lv', '/api/v1/search?q=medus'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

type Sample = { latency: number; doneAt: number; ok: boolean };

/** Sequential probes (one request at a time per URL), so a blocked server shows as one long request. */
function probe(base: string) {
	const samples: Sample[] = [];
	let stopped = false;
	const loops = PROBES.map(async (path) => {
		while (!stopped) {
			const t = performance.now();
			let ok = false;
			try {
				const res = await fetch(base + path, { signal: AbortSignal.timeout(60_000) });
				await res.arrayBuffer();
				ok = res.ok;
			} catch {
				/* counted as a failure */
			}
			const now = performance.now();
			samples.push({ latency: now - t, doneAt: now, ok });
			await sleep(Math.max(0, INTERVAL - (now - t)));
		}
	});
	return {
		stop: async () => {
			stopped = true;
			await Promise.all(loops);
			return samples;
		}
	};
}

const vm = (pid: number, key: 'VmHWM' | 'VmRSS') => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

/** Peak RSS of the phase: VmHWM after resetting it (clear_refs 5), else the largest sampled VmRSS. */
function rssWatch(pid: number) {
	let reset = true;
	try {
		writeFileSync(`/proc/${pid}/clear_refs`, '5');
	} catch {
		reset = false;
	}
	let peak = vm(pid, 'VmRSS');
	const timer = setInterval(() => {
		try {
			peak = Math.max(peak, vm(pid, 'VmRSS'));
		} catch {
			/* the server is gone: the phase fails elsewhere */
		}
	}, 100);
	return () => {
		clearInterval(timer);
		try {
			return Math.max(peak, reset ? vm(pid, 'VmHWM') : 0);
		} catch {
			return peak;
		}
	};
}

type Row = { phase: string; seconds: number; requests: number; failed: number; p50: number; p95: number; max: number; stall: number; rss: number; note: string };

function summarise(phase: string, samples: Sample[], start: number, end: number, rss: number, note: string): Row {
	const sorted = samples.map((s) => s.latency).sort((a, b) => a - b);
	const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
	let stall = 0;
	let last = start;
	for (const t of samples.map((s) => s.doneAt).sort((a, b) => a - b)) {
		stall = Math.max(stall, t - last);
		last = t;
	}
	stall = Math.max(stall, end - last);
	return { phase, seconds: (end - start) / 1000, requests: samples.length, failed: samples.filter((s) => !s.ok).length, p50: q(0.5), p95: q(0.95), max: sorted.at(-1) ?? NaN, stall, rss, note };
}

/** Runs `work` while probing; the row of the phase. */
async function measure(phase: string, base: string, pid: number, work: () => Promise<string>): Promise<Row> {
	const peak = rssWatch(pid);
	const probes = probe(base);
	const start = performance.now();
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${phase}: no result within ${PHASE_TIMEOUT / 1000} s`)), PHASE_TIMEOUT)));
	const outcome = await Promise.race([work(), timeout]).then(
		(note) => ({ note }),
		(error: unknown) => ({ error })
	);
	clearTimeout(timer);
	const samples = await probes.stop();
	const end = performance.now();
	if ('error' in outcome) throw outcome.error;
	const { note } = outcome;
	const row = summarise(phase, samples, start, end, peak(), note);
	console.log(`  ${phase}: ${row.seconds.toFixed(1)} s, ${row.requests} requests, max ${row.max.toFixed(0)} ms, stall ${row.stall.toFixed(0)} ms, peak RSS ${mb(row.rss)} — ${note}`);
	return row;
}

async function signIn(base: string): Promise<string> {
	const body = new URLSearchParams({ email: 'admin@demo.tuvuma.lv', password: 'demo-parole-2026', next: '' });
	const res = await fetch(`${base}/lv/ienakt?/password`, { method: 'POST', body, redirect: 'manual', headers: { origin: base, accept: 'text/html' }, signal: AbortSignal.timeout(60_000) });
	const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
	if (res.status !== 303 || !cookies.length) throw new Error(`Sign-in as the demo admin failed: HTTP ${res.status}`);
	return cookies.join('; ');
}

type Progress = { status: string; rowsDone: number | null; rowsTotal: number | null };

async function waitFor(base: string, cookie: string, id: string, until: string[]): Promise<Progress> {
	for (let failures = 0; ; ) {
		const res = await fetch(`${base}/lv/admin/imports/${id}/progress`, { headers: { cookie }, signal: AbortSignal.timeout(60_000) }).catch((e: Error) => {
			if (++failures > 10) throw e; // a keep-alive connection closed under the request: ask again
			return null;
		});
		if (!res) {
			await sleep(500);
			continue;
		}
		if (!res.ok) throw new Error(`Progress of import ${id}: HTTP ${res.status}`);
		const p = (await res.json()) as Progress;
		if (until.includes(p.status)) return p;
		await sleep(250);
	}
}

async function upload(base: string, cookie: string, name: string, data: Buffer): Promise<string> {
	const form = new FormData();
	form.set('file', new Blob([data]), name);
	form.set('asStatus', 'pending');
	const res = await fetch(`${base}/lv/admin/imports`, { method: 'POST', body: form, redirect: 'manual', headers: { cookie, origin: base, accept: 'text/html' }, signal: AbortSignal.timeout(300_000) });
	const id = /\/admin\/imports\/([0-9a-f-]{36})$/.exec(res.headers.get('location') ?? '')?.[1];
	if (res.status !== 303 || !id) throw new Error(`Upload of ${name} (${mb(data.length)}) failed: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
	return id;
}

async function report(base: string, cookie: string, id: string): Promise<string> {
	const html = await (await fetch(`${base}/lv/admin/imports/${id}`, { headers: { cookie }, signal: AbortSignal.timeout(60_000) })).text();
	return /too_large|unpacks to more than[^<]*/.exec(html)?.[0] ?? '';
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(0).padStart(7) : '      –');

async function main() {
	console.log(`generating files: CSV ${CSV_MB} MB, XLSX bombs unpacking to ${BOMB_MB} MB …`);
	const csv = producersCsv(CSV_MB * 1048576);
	const bombs = { 'xlsx-bomb': await xlsxBomb(BOMB_MB, false), 'xlsx-bomb-lying': await xlsxBomb(BOMB_MB, true) };
	console.log(`  CSV ${mb(csv.data.length)}, ${csv.rows} rows; XLSX ${mb(bombs['xlsx-bomb'].data.length)} unpacking to ${mb(bombs['xlsx-bomb'].unpacked)}`);

	const t0 = performance.now();
	// the origin the form posts come from (cross-site form posts are refused); uploads up to 11 MB
	const app = await startApp(PORT, { SEED_DEMO: 'auto', ORIGIN: `http://127.0.0.1:${PORT}`, BODY_SIZE_LIMIT: String(11 * 1048576) }); // as npm start
	const rows: Row[] = [];
	try {
		const pid = app.pid!;
		console.log(`app up in ${((performance.now() - t0) / 1000).toFixed(0)} s (pid ${pid}, RSS ${mb(vm(pid, 'VmRSS'))})`);
		const cookie = await signIn(app.base);
		for (let i = 0; i < 5; i++) await fetch(`${app.base}${PROBES[i % 2]}`); // warm both routes
		rows.push(await measure('idle', app.base, pid, () => sleep(IDLE_SECONDS * 1000).then(() => 'nothing imported')));
		for (const scenario of SCENARIOS) {
			if (scenario === 'csv') {
				let id = '';
				rows.push(
					await measure('csv upload+preview', app.base, pid, async () => {
						id = await upload(app.base, cookie, 'razotaji.csv', csv.data);
						const p = await waitFor(app.base, cookie, id, ['previewed', 'failed']);
						return `${p.status}, ${p.rowsTotal} rows`;
					})
				);
				rows.push(
					await measure('csv import', app.base, pid, async () => {
						// a second confirm does nothing, so a post cut off with the connection is simply sent again
						const confirm = () => fetch(`${app.base}/lv/admin/imports/${id}?/confirm`, { method: 'POST', body: new URLSearchParams(), redirect: 'manual', headers: { cookie, origin: app.base, accept: 'text/html' }, signal: AbortSignal.timeout(120_000) });
						const res = await confirm().catch(() => sleep(1000).then(confirm));
						if (res.status !== 303) throw new Error(`Confirm: HTTP ${res.status}`);
						const p = await waitFor(app.base, cookie, id, ['done', 'failed']);
						return `${p.status}, ${p.rowsDone} rows`;
					})
				);
			} else if (scenario in bombs) {
				const bomb = bombs[scenario as keyof typeof bombs];
				rows.push(
					await measure(scenario, app.base, pid, async () => {
						const id = await upload(app.base, cookie, `${scenario}.xlsx`, bomb.data);
						const p = await waitFor(app.base, cookie, id, ['previewed', 'failed']);
						return `${p.status}: ${(await report(app.base, cookie, id)) || 'not refused?'}`;
					})
				);
			} else throw new Error(`LAT_SCENARIOS: unknown scenario ${scenario}`);
		}
	} catch (e) {
		if (!existsSync(`/proc/${app.pid}`)) console.error('import-latency: the server process is gone (killed for memory?)');
		throw e;
	} finally {
		await app.stop();
	}
	const idle = rows[0];
	console.log(`\nlatency of GET ${PROBES.join(' and GET ')} (ms), probes every ${INTERVAL} ms; idle p95 ${idle.p95.toFixed(0)} ms`);
	console.log('phase                   seconds  requests failed     p50     p95     max   stall  max÷idle p95  peak RSS');
	for (const r of rows) {
		console.log(`${r.phase.padEnd(22)} ${r.seconds.toFixed(1).padStart(8)} ${String(r.requests).padStart(9)} ${String(r.failed).padStart(6)} ${fmt(r.p50)} ${fmt(r.p95)} ${fmt(r.max)} ${fmt(r.stall)} ${(r.max / idle.p95).toFixed(1).padStart(13)}  ${mb(r.rss).padStart(9)}`);
	}
}

main().catch((e) => {
	const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : '';
	console.error(`import-latency: ${e instanceof Error ? e.message : e}${cause}`);
	process.exit(1);
});
