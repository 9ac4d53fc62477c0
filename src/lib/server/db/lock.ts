import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {}

/** Who holds the folder: a process is named by its PID *and* when it started, since PIDs are reused. */
export type LockHolder = { pid: number; purpose: string; since: string; startTicks?: number | null; bootId?: string | null };

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Linux: the kernel's boot id, which changes on every reboot; null elsewhere. */
export function bootId(): string | null {
	try {
		return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
	} catch {
		return null;
	}
}

/** Linux: a process's start time in clock ticks since boot (/proc/<pid>/stat, field 22); null elsewhere or when gone. */
export function processStartTicks(pid: number): number | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// the command name (field 2) may hold spaces and parentheses: count fields after its closing ')'
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const ticks = Number(fields[19]);
		return Number.isFinite(ticks) ? ticks : null;
	} catch {
		return null;
	}
}

/**
 * Whether the process named in a lock file still holds it. A PID alone is not enough: after a
 * reboot (or a long uptime) another process can carry the same number. With the boot id and the
 * start time recorded, the holder is the same process only when both still match.
 */
export function holderIsAlive(holder: LockHolder, self = process.pid): boolean {
	if (holder.pid === self || !isAlive(holder.pid)) return false;
	const boot = bootId();
	if (holder.bootId && boot && holder.bootId !== boot) return false;
	const ticks = processStartTicks(holder.pid);
	if (ticks === null) return true; // no /proc (not Linux): the PID is all we know
	if (holder.startTicks != null) return holder.startTicks === ticks;
	// a lock file of an older version (PID only): a process that started after the lock was taken cannot hold it
	const started = processStartMs(ticks);
	const since = Date.parse(holder.since);
	return started === null || Number.isNaN(since) || started <= since + 1000;
}

/** Wall-clock start of a process from its start ticks: boot time (/proc/stat btime) + ticks at USER_HZ (100 on Linux). */
function processStartMs(ticks: number): number | null {
	try {
		const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
		return Number.isFinite(btime) ? btime * 1000 + ticks * 10 : null;
	} catch {
		return null;
	}
}

/**
 * PGlite does not lock its folder and two processes on one folder silently diverge, so every
 * process that opens it (server, CLI) takes this lock first. A lock left by a dead process (or by
 * a process whose PID now belongs to another one) is taken over.
 */
export function lockDataDir(dir: string, purpose: string): () => void {
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'tuvuma.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(file, 'wx');
			const me: LockHolder = { pid: process.pid, purpose, since: new Date().toISOString(), startTicks: processStartTicks(process.pid), bootId: bootId() };
			writeSync(fd, JSON.stringify(me));
			closeSync(fd);
			return () => rmSync(file, { force: true });
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			const holder = readHolder(file);
			if (holder && holderIsAlive(holder)) {
				throw new DataDirLockedError(
					`The database folder ${dir} is in use by process ${holder.pid} (${holder.purpose}, since ${holder.since}).\n` +
						`Stop that process first, or set DATA_DIR to another folder (or DATABASE_URL to a PostgreSQL server).`
				);
			}
			rmSync(file, { force: true }); // stale lock of a process that died (or of a PID now reused)
		}
	}
	throw new DataDirLockedError(`Could not lock ${dir}: another process keeps taking it.`);
}

function readHolder(file: string): LockHolder | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined; // half-written or unreadable lock file: treated as stale
	}
}
