import { createHash } from 'node:crypto';
import { closeSync, createWriteStream, existsSync, fsyncSync, linkSync, openSync, rmSync, unlinkSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import type { Db } from '../db/types';
import { countRows, listTables, migrationVersion, quoteIdent, rows, type TableInfo } from './catalog';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, parentsFirst, type BackupHeader, type BackupTrailer } from './format';

/** Rows read per query: memory stays flat for big tables. */
const BATCH = 1000;

export type BackupSummary = { file: string; tables: number; rows: number };

export class BackupExistsError extends Error {}

/**
 * Writes every table of the database to `file` inside one read-only, repeatable-read transaction,
 * so the backup is one consistent moment even while a PostgreSQL server keeps serving.
 *
 * The file appears under its name only when it is whole: it is written to `file.partial`, ended
 * with a trailer (rows per table, SHA-256 of every line), synced to disk, then linked to its name
 * (never overwriting an earlier backup) and the folder synced. A backup killed midway leaves only
 * the `.partial`, which restore would refuse anyway for its missing trailer.
 * `onRow` is for tests (to fail midway).
 */
export async function writeBackup(handle: DbHandle, file: string, opts: { onRow?: (written: number) => void } = {}): Promise<BackupSummary> {
	if (existsSync(file)) throw new BackupExistsError(`${file} exists already; backups are never overwritten. Name another file.`);
	const partial = `${file}.partial`;
	const gzip = createGzip();
	const out = createWriteStream(partial, { flags: 'w' }); // a .partial left by a killed run is stale: start over
	gzip.pipe(out);
	const hash = createHash('sha256');
	const write = async (value: unknown) => {
		const line = `${JSON.stringify(value)}\n`;
		hash.update(line);
		if (!gzip.write(line)) await once(gzip, 'drain');
	};
	const counts: Record<string, number> = {};
	let total = 0;
	try {
		await handle.db.transaction(async (tx) => {
			await tx.execute(sql`set transaction isolation level repeatable read, read only`);
			const tables = await listTables(tx as unknown as Db);
			// one after another: a transaction is one connection, which runs one query at a time
			const expected: number[] = [];
			for (const t of tables) expected.push(await countRows(tx as unknown as Db, t.name));
			const header: BackupHeader = {
				format: BACKUP_FORMAT,
				formatVersion: BACKUP_FORMAT_VERSION,
				createdAt: new Date().toISOString(),
				engine: handle.kind,
				migration: await migrationVersion(tx as unknown as Db),
				tables: tables.map((t, i) => ({ name: t.name, columns: t.columns, rows: expected[i] }))
			};
			await write(header);
			for (const table of tables) {
				await write({ table: table.name });
				counts[table.name] = 0;
				for await (const row of tableRows(tx as unknown as Db, table)) {
					await write(row);
					counts[table.name]++;
					total++;
					opts.onRow?.(total);
				}
			}
		});
		const trailer: BackupTrailer = { end: BACKUP_FORMAT, rows: counts, total, sha256: hash.digest('hex') };
		gzip.end(`${JSON.stringify(trailer)}\n`);
		await finished(out);
		syncFile(partial);
		linkSync(partial, file); // fails (EEXIST) rather than replace a backup made meanwhile
		unlinkSync(partial);
		syncFile(dirname(file));
	} catch (e) {
		gzip.destroy();
		out.destroy();
		rmSync(partial, { force: true });
		if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new BackupExistsError(`${file} exists already; backups are never overwritten. Name another file.`);
		throw e;
	}
	return { file, tables: Object.keys(counts).length, rows: total };
}

/** fsync of a file or a folder (the folder's entry for a renamed or linked file). */
function syncFile(path: string): void {
	const fd = openSync(path, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

async function* tableRows(db: Db, table: TableInfo): AsyncGenerator<Record<string, unknown>> {
	const cols = table.columns.map(quoteIdent).join(', ');
	// primary key order makes backups of the same data identical; without one, the whole row orders
	const order = table.primaryKey.length ? table.primaryKey.map(quoteIdent).join(', ') : 't::text';
	const select = (limit: number, offset: number) =>
		sql.raw(`select row_to_json(t)::text as j from (select ${cols} from ${quoteIdent(table.name)}) t order by ${order} limit ${limit} offset ${offset}`);
	if (table.selfReferences.length) {
		// parents first: such tables (territories, categories) are small enough to order in memory
		const all = (await rows<{ j: string }>(db, select(2 ** 31 - 1, 0))).map((r) => JSON.parse(r.j) as Record<string, unknown>);
		yield* parentsFirst(all, table.selfReferences);
		return;
	}
	for (let offset = 0; ; offset += BATCH) {
		const batch = await rows<{ j: string }>(db, select(BATCH, offset));
		for (const r of batch) yield JSON.parse(r.j) as Record<string, unknown>;
		if (batch.length < BATCH) return;
	}
}
