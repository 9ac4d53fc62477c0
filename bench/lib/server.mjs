// Starts the built app (node build) on a throwaway embedded database for a benchmark run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function startApp(port, extraEnv = {}) {
	const dataDir = mkdtempSync(join(tmpdir(), 'tuvuma-bench-'));
	const child = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...extraEnv },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const base = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 600; i++) {
		try {
			const res = await fetch(`${base}/lv`);
			if (res.ok) break;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		base,
		stop: async () => {
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
