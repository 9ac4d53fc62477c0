import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The built server's own behaviour: first start migrates and seeds, prints its URL, a second process
// on the same embedded database folder is refused, and SIGTERM shuts down cleanly.
function start(dataDir: string, port: number, env: Record<string, string> = {}): { child: ChildProcess; output: () => string } {
	let out = '';
	const child = spawn(process.execPath, ['scripts/server.mjs'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (d) => (out += d));
	child.stderr?.on('data', (d) => (out += d));
	return { child, output: () => out };
}

/** The start-up line is printed just before the server listens: signals go to a server that answers. */
async function answering(port: number): Promise<void> {
	await expect
		.poll(async () => (await fetch(`http://127.0.0.1:${port}/lv`).catch(() => null))?.status ?? 0, { timeout: 30_000 })
		.toBe(200);
}

// ports of their own, away from the suite's app (E2E_PORT) and its mail sink (E2E_PORT + 1000)
const PORT = Number(process.env.E2E_PORT ?? 4173) + 2000;

const exited = (child: ChildProcess) =>
	new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

test.describe.configure({ mode: 'serial' });

test('start-up prints the URL, a second process on the same folder is refused, SIGTERM stops cleanly', async () => {
	test.setTimeout(120_000);
	const dir = mkdtempSync(join(tmpdir(), 'tuvuma-life-'));
	const first = start(dir, PORT);
	await expect.poll(first.output, { timeout: 90_000 }).toContain(`Tuvumā is running at http://localhost:${PORT}/`);
	expect(first.output()).toContain('demo data loaded');
	expect(existsSync(join(dir, 'tuvuma.lock'))).toBe(true);

	await answering(PORT);
	const second = start(dir, PORT + 1);
	expect(await exited(second.child)).toBe(1);
	expect(second.output()).toContain(`is in use by process ${first.child.pid}`);

	first.child.kill('SIGTERM');
	expect(await exited(first.child)).toBe(0);
	expect(existsSync(join(dir, 'tuvuma.lock'))).toBe(false);

	// the data survived: a restart does not seed again
	const again = start(dir, PORT + 2);
	await expect.poll(again.output, { timeout: 60_000 }).toContain('Tuvumā is running');
	expect(again.output()).not.toContain('demo data loaded');
	await answering(PORT + 2);
	again.child.kill('SIGINT');
	expect(await exited(again.child)).toBe(0);
});

test('bad configuration stops the server with a message naming the variable', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'tuvuma-cfg-'));
	const bad = start(dir, PORT + 3, { DATABASE_URL: 'mysql://nope' });
	expect(await exited(bad.child)).toBe(1);
	expect(bad.output()).toContain('DATABASE_URL must start with postgres://');
});

test('a port already in use stops the server with a sentence saying so, not a stack trace', async () => {
	test.setTimeout(120_000);
	const taken = createServer();
	await new Promise<void>((resolve) => taken.listen(PORT + 4, '127.0.0.1', resolve));
	try {
		const dir = mkdtempSync(join(tmpdir(), 'tuvuma-port-'));
		const late = start(dir, PORT + 4, { SEED_DEMO: 'never' });
		expect(await exited(late.child)).toBe(1);
		expect(late.output()).toContain(`Port ${PORT + 4} is already in use`);
		expect(late.output()).not.toContain('EADDRINUSE');
	} finally {
		taken.close();
	}
});
