import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock';

describe('data folder lock', () => {
	it('refuses a second holder while the first is alive, with a message that says who holds it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'lock-'));
		// a live process other than us holds the lock
		const holder = JSON.stringify({ pid: process.ppid, purpose: 'server', since: '2026-11-22T10:00:00Z' });
		writeFileSync(join(dir, 'tuvuma.lock'), holder);
		expect(() => lockDataDir(dir, 'npm run seed')).toThrow(DataDirLockedError);
		expect(() => lockDataDir(dir, 'npm run seed')).toThrow(new RegExp(`in use by process ${process.ppid} \\(server`));
	});

	it('takes over a lock left by a dead process and releases it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'lock-'));
		const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
		writeFileSync(join(dir, 'tuvuma.lock'), JSON.stringify({ pid: dead, purpose: 'server', since: 'x' }));
		const release = lockDataDir(dir, 'test');
		expect(JSON.parse(readFileSync(join(dir, 'tuvuma.lock'), 'utf8')).pid).toBe(process.pid);
		release();
		expect(existsSync(join(dir, 'tuvuma.lock'))).toBe(false);
	});
});
