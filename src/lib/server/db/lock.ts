import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * PGlite does not lock its folder and two processes on one folder silently diverge, so every
 * process that opens it (server, CLI) takes this lock first. A lock left by a dead process is taken over.
 */
export function lockDataDir(dir: string, purpose: string): () => void {
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'tuvuma.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(file, 'wx');
			writeSync(fd, JSON.stringify({ pid: process.pid, purpose, since: new Date().toISOString() }));
			closeSync(fd);
			return () => rmSync(file, { force: true });
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const holder = readHolder(file);
			if (holder && isAlive(holder.pid) && holder.pid !== process.pid) {
				throw new DataDirLockedError(
					`The database folder ${dir} is in use by process ${holder.pid} (${holder.purpose}, since ${holder.since}).\n` +
						`Stop that process first, or set DATA_DIR to another folder (or DATABASE_URL to a PostgreSQL server).`
				);
			}
			rmSync(file, { force: true }); // stale lock of a process that died
		}
	}
	throw new DataDirLockedError(`Could not lock ${dir}: another process keeps taking it.`);
}

function readHolder(file: string): { pid: number; purpose: string; since: string } | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined; // half-written or unreadable lock file: treated as stale
	}
}
