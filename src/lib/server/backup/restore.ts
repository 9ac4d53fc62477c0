import { sql } from 'drizzle-orm';
import { openDb, type DbHandle } from '../db/client';
import { migrate } from '../db/migrate';
import type { Db } from '../db/types';
import { countRows, listSequences, listTables, migrationVersion, quoteIdent } from './catalog';
import { isTableMarker, isTrailer, type BackupHeader } from './format';
import { backupLines, RestoreRefusedError, verifyBackup } from './verify';

export { RestoreRefusedError };

/** Rows written per INSERT statement. */
const BATCH = 500;

export type RestoreSummary = { tables: number; rows: number };

/**
 * Restores a backup into an empty or freshly migrated database (anything else is refused, so a
 * restore can never mix with or overwrite real data): reads the whole file first (verify.ts: a
 * cut-off or damaged file is refused before the database is touched), migrates an empty database,
 * checks that the migration versions match, then replaces the contents of every table in one
 * transaction and moves the sequences past the restored ids.
 */
export async function restoreBackup(handle: DbHandle, file: string): Promise<RestoreSummary> {
	const header = await verifyBackup(file);
	const lines = backupLines(file);
	await lines.next(); // the header, checked above

	if ((await migrationVersion(handle.db)).count === 0) await migrate(handle);
	await assertRestorable(handle.db, header);

	let restored = 0;
	await handle.db.transaction(async (txDb) => {
		const tx = txDb as unknown as Db;
		const tables = await listTables(tx);
		// the freshly migrated reference rows are replaced by the backup's own copy of them
		await tx.execute(sql.raw(`truncate ${tables.map((t) => quoteIdent(t.name)).join(', ')} restart identity cascade`));
		let current: BackupHeader['tables'][number] | undefined;
		let batch: unknown[] = [];
		const flush = async () => {
			if (!current || batch.length === 0) return;
			const cols = current.columns.map(quoteIdent).join(', ');
			await tx.execute(
				sql`${sql.raw(`insert into ${quoteIdent(current.name)} (${cols}) overriding system value select ${cols} from json_populate_recordset(null::${quoteIdent(current.name)}, `)}${JSON.stringify(batch)}::json)`
			);
			restored += batch.length;
			batch = [];
		};
		for (let line = await lines.next(); !line.done; line = await lines.next()) {
			if (!line.value) continue;
			const value: unknown = JSON.parse(line.value);
			if (isTrailer(value)) break;
			if (isTableMarker(value)) {
				await flush();
				current = header.tables.find((t) => t.name === value.table);
				if (!current) throw new RestoreRefusedError(`The backup is damaged: table ${value.table} is not in its header.`);
				continue;
			}
			batch.push(value);
			if (batch.length >= BATCH) await flush();
		}
		await flush();
		await lines.return(undefined);
		for (const s of await listSequences(tx)) {
			await tx.execute(
				sql.raw(
					`select setval('${s.sequence.replaceAll("'", "''")}', coalesce((select max(${quoteIdent(s.column)}) from ${quoteIdent(s.table)}), 0) + 1, false)`
				)
			);
		}
		for (const t of header.tables) {
			const n = await countRows(tx, t.name);
			if (n !== t.rows) throw new Error(`Table ${t.name}: ${n} rows restored, the backup has ${t.rows}. Nothing was changed.`);
		}
	});
	return { tables: header.tables.length, rows: restored };
}

async function assertRestorable(db: Db, header: BackupHeader): Promise<void> {
	const here = await migrationVersion(db);
	if (here.count !== header.migration.count || here.last !== header.migration.last) {
		throw new RestoreRefusedError(
			`The backup was taken at database migration ${header.migration.count} (${header.migration.last}); this database is at ` +
				`${here.count} (${here.last}). Restore it with the version of Tuvumā that made it, then upgrade.`
		);
	}
	const tables = await listTables(db);
	const missing = header.tables.filter((t) => {
		const target = tables.find((x) => x.name === t.name);
		return !target || t.columns.some((c) => !target.columns.includes(c));
	});
	if (missing.length) {
		throw new RestoreRefusedError(`The database lacks tables or columns the backup has: ${missing.map((t) => t.name).join(', ')}.`);
	}
	const fresh = await freshCounts();
	const changed: string[] = [];
	for (const t of tables) {
		const n = await countRows(db, t.name);
		if (n !== (fresh.get(t.name) ?? 0)) changed.push(`${t.name} (${n} rows)`);
	}
	if (changed.length) {
		throw new RestoreRefusedError(
			`Restore only goes into an empty or freshly migrated database, and this one has data: ${changed.slice(0, 8).join(', ')}` +
				`${changed.length > 8 ? ', …' : ''}.\nUse a new DATA_DIR or a new PostgreSQL database (and restore before the server's first start, ` +
				`or start it with SEED_DEMO=never).`
		);
	}
}

let freshCountsOnce: Promise<Map<string, number>> | undefined;

/** Row counts of a database that has only been migrated: built once in memory, the yardstick for "fresh". */
function freshCounts(): Promise<Map<string, number>> {
	freshCountsOnce ??= countFresh().catch((e) => {
		freshCountsOnce = undefined;
		throw e;
	});
	return freshCountsOnce;
}

async function countFresh(): Promise<Map<string, number>> {
	const fresh = await openDb({ memory: true });
	try {
		await migrate(fresh);
		const tables = await listTables(fresh.db);
		return new Map(await Promise.all(tables.map(async (t) => [t.name, await countRows(fresh.db, t.name)] as const)));
	} finally {
		await fresh.close();
	}
}
