/**
 * Durable acknowledged writes on the embedded database (decision 008).
 *
 * PGlite starts PostgreSQL with `-F` (fsync off), and even without it nothing would reach the disk:
 * in its WebAssembly build fsync() ends in Emscripten's NODEFS, which has no fsync, and fdatasync()
 * in a syscall stub that does nothing. A process kill loses nothing (the data is in the OS page
 * cache), but an OS crash or power cut could lose acknowledged writes — and, since WAL and data
 * pages then reach the disk in any order, corrupt the database.
 *
 * This filesystem is PGlite's NodeFS with the two syncs made real, and PostgreSQL is started without
 * `-F`. PostgreSQL then does what it does on any disk: a commit returns only after its WAL is
 * flushed (fdatasync of the WAL segment, synchronous_commit = on), data files are fsynced at
 * checkpoints, directories after files are created or renamed. Nothing else changes.
 */
import { closeSync, fdatasyncSync, fsyncSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

type Module = { FS: { getStream(fd: number): { nfd?: number } | null }; NODEFS: { stream_ops: Record<string, unknown> } };
type EmscriptenOpts = {
	preRun?: ((mod: never) => void)[];
	instantiateWasm?: (imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => unknown;
};

const EIO = 29;

/** PGlite's own start parameters without `-F`, so PostgreSQL runs with fsync = on. */
export const DURABLE_START_PARAMS = PGlite.defaultStartParams.filter((p) => p !== '-F');

export class DurableNodeFS extends NodeFS {
	async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
		const { emscriptenOpts } = (await super.init(pg, opts)) as { emscriptenOpts: EmscriptenOpts };
		let mod: Module | undefined;
		const instantiate = emscriptenOpts.instantiateWasm!;
		return {
			emscriptenOpts: {
				...emscriptenOpts,
				// fdatasync() (PostgreSQL's wal_sync_method on Linux) is a syscall import: make it one
				instantiateWasm: (imports: WebAssembly.Imports, done: Parameters<NonNullable<EmscriptenOpts['instantiateWasm']>>[1]) => {
					(imports.env as Record<string, unknown>).__syscall_fdatasync = (fd: number) => syncDescriptor(mod, fd, fdatasyncSync);
					return instantiate(imports, done);
				},
				preRun: [
					...(emscriptenOpts.preRun ?? []),
					(m: Module) => {
						mod = m;
						// fsync() goes through the stream's fsync, which NODEFS lacks (and the caller treats as success)
						m.NODEFS.stream_ops.fsync = (stream: { nfd?: number }) => {
							if (stream.nfd === undefined) return 0;
							fsyncSync(stream.nfd);
							return 0;
						};
					}
				]
			} as typeof emscriptenOpts
		} as Awaited<ReturnType<NodeFS['init']>>;
	}
}

/** 0, or -EIO: a failed sync must reach PostgreSQL, which then stops rather than acknowledge unsynced data. */
function syncDescriptor(mod: Module | undefined, fd: number, sync: (nfd: number) => void): number {
	try {
		const stream = mod?.FS.getStream(fd);
		if (stream?.nfd !== undefined) sync(stream.nfd);
		return 0;
	} catch {
		return -EIO;
	}
}

/**
 * fsyncs every file and folder under `dir` once. At open, before PostgreSQL starts: files that
 * initdb wrote, or that a version of Tuvumā before this one wrote with fsync off, reach the disk
 * before anything new depends on them. Clean files cost one cheap syscall each.
 */
export function syncTree(dir: string): number {
	let synced = 0;
	const walk = (path: string) => {
		for (const entry of readdirSync(path, { withFileTypes: true })) {
			const child = join(path, entry.name);
			if (entry.isDirectory()) walk(child);
			else if (entry.isFile()) synced += syncPath(child);
		}
		synced += syncPath(path);
	};
	walk(dir);
	return synced;
}

/** fsync of one file or folder. */
export function syncPath(path: string): number {
	const fd = openSync(path, 'r');
	try {
		fsyncSync(fd);
		return 1;
	} finally {
		closeSync(fd);
	}
}
