import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bootId, DataDirLockedError, lockDataDir, processStartTicks } from './lock';

const lockIn = (holder: Record<string, unknown>) => {
	const dir = mkdtempSync(join(tmpdir(), 'lock-'));
	writeFileSync(join(dir, 'tuvuma.lock'), JSON.stringify(holder));
	return dir;
};

describe('data folder lock', () => {
	it('refuses a second holder while the first is alive, with a message that says who holds it', () => {
		// a live process other than us holds the lock
		const dir = lockIn({ pid: process.ppid, purpose: 'server', since: '2026-11-22T10:00:00Z', startTicks: processStartTicks(process.ppid), bootId: bootId() });
		expect(() => lockDataDir(dir, 'npm run seed')).toThrow(DataDirLockedError);
		expect(() => lockDataDir(dir, 'npm run seed')).toThrow(new RegExp(`in use by process ${process.ppid} \\(server`));
	});

	it('takes over a lock left by a dead process and releases it', () => {
		const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
		const dir = lockIn({ pid: dead, purpose: 'server', since: 'x' });
		const release = lockDataDir(dir, 'test');
		const written = JSON.parse(readFileSync(join(dir, 'tuvuma.lock'), 'utf8'));
		expect(written.pid).toBe(process.pid);
		// the new lock names the process fully: its start time and the boot it runs in
		expect(written.startTicks).toBe(processStartTicks(process.pid));
		expect(written.bootId).toBe(bootId());
		release();
		expect(existsSync(join(dir, 'tuvuma.lock'))).toBe(false);
	});

	it('takes over a lock whose PID now belongs to another process (reused after a restart)', () => {
		// the PID is alive, but it started at another time than the process that wrote the lock
		const dir = lockIn({ pid: process.ppid, purpose: 'server', since: new Date().toISOString(), startTicks: processStartTicks(process.ppid)! + 12345, bootId: bootId() });
		const release = lockDataDir(dir, 'test');
		expect(JSON.parse(readFileSync(join(dir, 'tuvuma.lock'), 'utf8')).pid).toBe(process.pid);
		release();
	});

	it('takes over a lock written before the last reboot', () => {
		const dir = lockIn({ pid: process.ppid, purpose: 'server', since: new Date().toISOString(), startTicks: processStartTicks(process.ppid), bootId: 'another-boot' });
		expect(() => lockDataDir(dir, 'test')()).not.toThrow();
	});

	it('takes over an old-format lock (PID only) when that PID started after the lock was written', () => {
		const dir = lockIn({ pid: process.ppid, purpose: 'server', since: '2000-01-01T00:00:00Z' });
		expect(() => lockDataDir(dir, 'test')()).not.toThrow();
		const held = lockIn({ pid: process.ppid, purpose: 'server', since: new Date().toISOString() });
		expect(() => lockDataDir(held, 'test')).toThrow(DataDirLockedError);
	});
});
