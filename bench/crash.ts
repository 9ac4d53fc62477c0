// Crash harness (issue 11): kill -9 the app under concurrent writers, restart it, and check that
// every write it acknowledged is there and that amcheck finds nothing — on the embedded database
// (PGlite in a fresh DATA_DIR, opened durable as the app does) and on PostgreSQL (a throwaway
// cluster with fsync ON, or CRASH_DATABASE_URL: an empty database of yours).
//
//   npm run build
//   PG_TEST_PORT=55452 npx tsx bench/crash.ts
//
// Env: CRASH_CYCLES (12), CRASH_WRITERS (8), CRASH_DB (pglite,postgres), CRASH_PORT (4320),
// CRASH_KILL_MS (kill at a random moment 500–4000 ms after a cycle's first acknowledged write:
// "500-4000"), CRASH_SYNC_WRITES (40; 0 skips the strace count of fsync/fdatasync per acknowledged
// write), CRASH_DATABASE_URL, PG_TEST_PORT (the throwaway cluster's port, 55432).
// Writes go through the public "suggest a producer" form (bench/lib/crash-writers.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPglite, checkPostgres, startCluster, type Check, type Cluster } from './lib/crash-db';
import { startServer, Writers, type Server } from './lib/crash-writers';

const CYCLES = Number(process.env.CRASH_CYCLES ?? 12);
const WRITERS = Number(process.env.CRASH_WRITERS ?? 8);
const DATABASES = (process.env.CRASH_DB ?? 'pglite,postgres').split(',').map((s) => s.trim());
const PORT = Number(process.env.CRASH_PORT ?? 4320);
const [KILL_MIN, KILL_MAX] = (process.env.CRASH_KILL_MS ?? '500-4000').split('-').map(Number);
const SYNC_WRITES = Number(process.env.CRASH_SYNC_WRITES ?? 40);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Target = {
	name: 'pglite' | 'postgres';
	env: Record<string, string>;
	/** Checks after a restart; PGlite's folder can be opened only with the app stopped. */
	check: (acknowledged: string[]) => Promise<Check>;
	needsStopToCheck: boolean;
	/** Processes whose fsync/fdatasync calls count (the database's). */
	syncPids: (server: Server) => number[];
	cleanup: () => void;
};

function childrenOf(pid: number): number[] {
	try {
		return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
	} catch {
		return [];
	}
}

function target(name: string, work: string): Target {
	if (name === 'pglite') {
		const dataDir = join(work, 'data');
		return {
			name,
			env: { DATA_DIR: dataDir },
			check: (ack) => checkPglite(dataDir, ack),
			needsStopToCheck: true,
			syncPids: (server) => [server.child.pid!],
			cleanup: () => undefined
		};
	}
	if (name !== 'postgres') throw new Error(`CRASH_DB: unknown database ${name} (pglite, postgres)`);
	let cluster: Cluster | undefined;
	const url = process.env.CRASH_DATABASE_URL ?? (cluster = startCluster(Number(process.env.PG_TEST_PORT ?? 55432))).url;
	return {
		name,
		env: { DATA_DIR: join(work, 'data'), DATABASE_URL: url },
		check: (ack) => checkPostgres(url, ack),
		needsStopToCheck: false,
		// the postmaster and its children: backends, WAL writer, checkpointer (new backends are followed)
		syncPids: () => (cluster ? [cluster.postmasterPid(), ...childrenOf(cluster.postmasterPid())] : []),
		cleanup: () => cluster?.stop()
	};
}

/** fsync + fdatasync system calls of `pids` while exactly `writes` suggestions are acknowledged. */
async function syncsPerWrite(t: Target, server: Server, writers: Writers, writes: number, work: string) {
	const pids = t.syncPids(server);
	if (!pids.length) return null;
	writers.start(server.base, 'fill');
	while (writers.readyTokens() < writes + WRITERS) await sleep(200);
	await writers.stop();
	const trace = join(work, 'strace.log');
	const strace = spawn('strace', ['-f', '-qq', '-e', 'trace=fsync,fdatasync', '-o', trace, ...pids.flatMap((p) => ['-p', String(p)])], { stdio: 'ignore' });
	const straceDone = new Promise((r) => strace.once('exit', r));
	await sleep(1500); // attached
	const before = writers.acknowledged.length;
	writers.start(server.base, 'post');
	while (writers.acknowledged.length - before < writes) await sleep(20);
	await writers.stop();
	const acknowledged = writers.acknowledged.length - before;
	await sleep(500); // the commit's own syncs are done; a checkpoint that starts later is not this write's
	strace.kill('SIGINT');
	await straceDone;
	const syncs = readFileSync(trace, 'utf8').split('\n').filter((l) => /\b(fsync|fdatasync)\(/.test(l)).length;
	return { acknowledged, syncs };
}

async function run(name: string) {
	const work = mkdtempSync(join(tmpdir(), `tuvuma-crash-${name}-`));
	const log = join(work, 'server.log');
	const t = target(name, work);
	const writers = new Writers(WRITERS, name);
	const rows: { cycle: number; acked: number; lost: number; amcheck: number; restartMs: number; failed: number }[] = [];
	let lostNames: string[] = [];
	const amcheckErrors: string[] = [];
	let checked = { indexes: 0, tables: 0 };
	try {
		let server = await startServer(PORT, t.env, log);
		console.log(`${name}: app up in ${server.startMs.toFixed(0)} ms (first start, migrations); ${WRITERS} writers, ${CYCLES} cycles`);
		for (let cycle = 1; cycle <= CYCLES; cycle++) {
			const ackedBefore = writers.acknowledged.length;
			const failedBefore = writers.failed;
			writers.start(server.base);
			while (writers.acknowledged.length === ackedBefore) await sleep(10);
			await sleep(KILL_MIN + Math.random() * (KILL_MAX - KILL_MIN));
			server.child.kill('SIGKILL');
			await server.exited;
			await writers.stop();
			server = await startServer(PORT, t.env, log);
			const restartMs = server.startMs;
			if (t.needsStopToCheck) {
				server.child.kill('SIGTERM');
				await server.exited;
			}
			const result = await t.check(writers.acknowledged);
			if (t.needsStopToCheck) server = await startServer(PORT, t.env, log);
			lostNames = result.missing;
			amcheckErrors.push(...result.amcheckErrors.map((e) => `cycle ${cycle}: ${e}`));
			checked = { indexes: result.indexes, tables: result.tables };
			const acked = writers.acknowledged.length - ackedBefore;
			rows.push({ cycle, acked, lost: result.missing.length, amcheck: result.amcheckErrors.length, restartMs, failed: writers.failed - failedBefore });
			console.log(
				`  cycle ${String(cycle).padStart(2)}: ${String(acked).padStart(4)} acknowledged, ${String(writers.failed - failedBefore).padStart(2)} cut off by the kill, ` +
					`${result.missing.length} of ${writers.acknowledged.length} acknowledged so far missing, amcheck ${result.amcheckErrors.length} errors, restart ${restartMs.toFixed(0)} ms`
			);
		}
		const syncs = SYNC_WRITES > 0 ? await syncsPerWrite(t, server, writers, SYNC_WRITES, work) : null;
		server.child.kill('SIGTERM');
		await server.exited;
		return { name, rows, lostNames, amcheckErrors, checked, refused: writers.refused, syncs };
	} finally {
		t.cleanup();
		rmSync(work, { recursive: true, force: true });
	}
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const results = [];
for (const name of DATABASES) results.push(await run(name));

console.log(`\nkill -9 under ${WRITERS} concurrent writers, ${CYCLES} cycles per database`);
console.log('database  cycles  acknowledged  lost  amcheck errors  restart ms (median / max)  checked              fsync+fdatasync per acknowledged write');
for (const r of results) {
	const restarts = r.rows.map((x) => x.restartMs);
	const acked = r.rows.reduce((n, x) => n + x.acked, 0);
	const syncs = r.syncs ? `${(r.syncs.syncs / r.syncs.acknowledged).toFixed(2)} (${r.syncs.syncs} / ${r.syncs.acknowledged})` : '–';
	console.log(
		`${r.name.padEnd(9)} ${String(r.rows.length).padEnd(7)} ${String(acked).padEnd(13)} ${String(r.lostNames.length).padEnd(5)} ${String(r.amcheckErrors.length).padEnd(15)} ` +
			`${`${median(restarts).toFixed(0)} / ${Math.max(...restarts).toFixed(0)}`.padEnd(26)} ${`${r.checked.indexes} indexes, ${r.checked.tables} tables`.padEnd(20)} ${syncs}`
	);
	if (r.refused) console.log(`  ${r.refused} writes were answered but not acknowledged (refused by the form)`);
	for (const name of r.lostNames.slice(0, 10)) console.log(`  LOST: ${name}`);
	for (const e of r.amcheckErrors.slice(0, 10)) console.log(`  AMCHECK: ${e}`);
}
const bad = results.some((r) => r.lostNames.length || r.amcheckErrors.length);
process.exitCode = bad ? 1 : 0;
