import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import type { Db } from '../db/types';
import { countRows, listTables, migrationVersion, quoteIdent, rows, type TableInfo } from './catalog';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, parentsFirst, type BackupHeader } from './format';

/** Rows read per query: memory stays flat for big tables. */
const BATCH = 1000;

export type BackupSummary = { file: string; tables: number; rows: number };

/**
 * Writes every table of the database to `file` inside one read-only, repeatable-read transaction,
 * so the backup is one consistent moment even while a PostgreSQL server keeps serving.
 */
export async function writeBackup(handle: DbHandle, file: string): Promise<BackupSummary> {
	const gzip = createGzip();
	const out = createWriteStream(file, { flags: 'wx' }); // never overwrite an earlier backup
	gzip.pipe(out);
	const write = async (value: unknown) => {
		if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
	};
	let total = 0;
	let tableCount = 0;
	try {
		await handle.db.transaction(async (tx) => {
			await tx.execute(sql`set transaction isolation level repeatable read, read only`);
			const tables = await listTables(tx as unknown as Db);
			// one after another: a transaction is one connection, which runs one query at a time
			const counts: number[] = [];
			for (const t of tables) counts.push(await countRows(tx as unknown as Db, t.name));
			const header: BackupHeader = {
				format: BACKUP_FORMAT,
				formatVersion: BACKUP_FORMAT_VERSION,
				createdAt: new Date().toISOString(),
				engine: handle.kind,
				migration: await migrationVersion(tx as unknown as Db),
				tables: tables.map((t, i) => ({ name: t.name, columns: t.columns, rows: counts[i] }))
			};
			await write(header);
			for (const table of tables) {
				await write({ table: table.name });
				for await (const row of tableRows(tx as unknown as Db, table)) {
					await write(row);
					total++;
				}
				tableCount++;
			}
		});
		gzip.end();
		await finished(out);
	} catch (e) {
		gzip.destroy();
		out.destroy();
		throw e;
	}
	return { file, tables: tableCount, rows: total };
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
