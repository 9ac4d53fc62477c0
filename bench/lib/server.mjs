// Starts the built app (node build) for a benchmark run: by default on a throwaway embedded
// database (seeded with the demo data at start-up); or, with `dataDir` or `databaseUrl`, on an
// existing database that is used as it is (SEED_DEMO=never, nothing deleted afterwards).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @param {number} port
 * @param {Record<string, string>} [extraEnv]
 * @param {{ dataDir?: string, databaseUrl?: string }} [db]
 */
export async function startApp(port, extraEnv = {}, db = {}) {
	const existing = Boolean(db.dataDir || db.databaseUrl);
	const dataDir = db.dataDir ?? mkdtempSync(join(tmpdir(), 'tuvuma-bench-'));
	const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...extraEnv };
	if (db.databaseUrl) env.DATABASE_URL = db.databaseUrl;
	if (existing) env.SEED_DEMO = 'never';
	// its own process group, so a stop can take the cluster's app processes too; stdout unread
	// (a full pipe would block the app's next log line)
	const child = spawn(process.execPath, ['scripts/server.mjs'], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
	let exited = false;
	child.once('exit', () => (exited = true));
	// never leave the server behind when the benchmark dies
	process.once('exit', () => exited || process.kill(-child.pid, 'SIGTERM'));
	const base = `http://127.0.0.1:${port}`;
	let up = false;
	// a 100k index loads in ~12 s on a quiet box, minutes on a busy one (BENCH_START_SECONDS)
	const tries = Number(process.env.BENCH_START_SECONDS ?? 900) * 5;
	for (let i = 0; i < tries && !exited; i++) {
		try {
			const res = await fetch(`${base}/lv`);
			if (res.ok) {
				up = true;
				break;
			}
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	if (!up) {
		if (!exited) child.kill('SIGTERM');
		throw new Error(`The app did not start on ${base}`);
	}
	return {
		base,
		pid: child.pid,
		stop: async () => {
			if (!exited) {
				child.kill('SIGTERM');
				// app processes that have not stopped after 20 s (seen with APP_PROCESSES=2): the whole group
				const late = setTimeout(() => exited || process.kill(-child.pid, 'SIGKILL'), 20_000);
				await new Promise((r) => (exited ? r(undefined) : child.once('exit', r)));
				clearTimeout(late);
			}
			if (!existing) rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
