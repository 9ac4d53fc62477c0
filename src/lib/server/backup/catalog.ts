import { sql } from 'drizzle-orm';
import type { Db } from '../db/types';

/**
 * What a backup needs to know about the database, read from the PostgreSQL catalogue so tables
 * that later features add are included without touching this code.
 */

export type TableInfo = {
	name: string;
	/** Columns a restore writes (generated columns are left out: the database computes them). */
	columns: string[];
	primaryKey: string[];
	/** Columns referencing this same table (parent_id …): rows must be written parents first. */
	selfReferences: { column: string; target: string }[];
	/** Other tables this one references. */
	dependsOn: string[];
};

export type SequenceInfo = { sequence: string; table: string; column: string };

export async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
	const result = (await db.execute(query)) as unknown as { rows: T[] };
	return result.rows;
}

/** Tables a backup leaves out: generated signing secrets (auth/secret.ts) do not belong in a file that travels. */
export const NOT_BACKED_UP = ['app_secrets'];

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Ordinary tables of the `public` schema, in an order that satisfies every foreign key. */
export async function listTables(db: Db): Promise<TableInfo[]> {
	const tables = await rows<{ name: string }>(
		db,
		sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition and c.relname not in (${sql.join(
				NOT_BACKED_UP.map((t) => sql`${t}`),
				sql`, `
			)}) order by c.relname`
	);
	const columns = await rows<{ table: string; column: string }>(
		db,
		sql`select c.relname as "table", a.attname as "column" from pg_attribute a
			join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
			order by c.relname, a.attnum`
	);
	const keys = await rows<{ table: string; column: string }>(
		db,
		sql`select c.relname as "table", a.attname as "column" from pg_index i
			join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
			join lateral unnest(i.indkey) with ordinality as k(attnum, ord) on true
			join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
			where n.nspname = 'public' and i.indisprimary order by c.relname, k.ord`
	);
	const fks = await rows<{ table: string; target: string; column: string; targetColumn: string }>(
		db,
		sql`select src.relname as "table", dst.relname as "target", sa.attname as "column", da.attname as "targetColumn"
			from pg_constraint f
			join pg_class src on src.oid = f.conrelid join pg_namespace n on n.oid = src.relnamespace
			join pg_class dst on dst.oid = f.confrelid
			join pg_attribute sa on sa.attrelid = f.conrelid and sa.attnum = f.conkey[1]
			join pg_attribute da on da.attrelid = f.confrelid and da.attnum = f.confkey[1]
			where f.contype = 'f' and n.nspname = 'public'`
	);
	const infos = tables.map(
		(t): TableInfo => ({
			name: t.name,
			columns: columns.filter((c) => c.table === t.name).map((c) => c.column),
			primaryKey: keys.filter((k) => k.table === t.name).map((k) => k.column),
			selfReferences: fks.filter((f) => f.table === t.name && f.target === t.name).map((f) => ({ column: f.column, target: f.targetColumn })),
			dependsOn: [...new Set(fks.filter((f) => f.table === t.name && f.target !== t.name).map((f) => f.target))]
		})
	);
	return dependencyOrder(infos);
}

/** Referenced tables before the tables that reference them (Kahn's algorithm; ties keep the given order). */
export function dependencyOrder(tables: readonly TableInfo[]): TableInfo[] {
	const known = new Set(tables.map((t) => t.name));
	const done = new Set<string>();
	const ordered: TableInfo[] = [];
	while (ordered.length < tables.length) {
		const ready = tables.filter((t) => !done.has(t.name) && t.dependsOn.every((d) => done.has(d) || !known.has(d)));
		if (ready.length === 0) {
			const stuck = tables.filter((t) => !done.has(t.name)).map((t) => t.name);
			throw new Error(`Foreign keys form a cycle between tables ${stuck.join(', ')}; the backup cannot order them.`);
		}
		for (const t of ready) {
			done.add(t.name);
			ordered.push(t);
		}
	}
	return ordered;
}

/** Sequences owned by table columns (serial and identity), to be moved past the restored rows. */
export async function listSequences(db: Db): Promise<SequenceInfo[]> {
	return rows<SequenceInfo>(
		db,
		sql`select quote_ident(sn.nspname) || '.' || quote_ident(s.relname) as "sequence", t.relname as "table", a.attname as "column"
			from pg_class s join pg_namespace sn on sn.oid = s.relnamespace
			join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
			join pg_class t on t.oid = d.refobjid join pg_namespace tn on tn.oid = t.relnamespace
			join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
			where s.relkind = 'S' and tn.nspname = 'public' and d.deptype in ('a', 'i')`
	);
}

export type MigrationVersion = { count: number; last: string | null };

/** How far the database is migrated (drizzle's own table); zero when it was never migrated. */
export async function migrationVersion(db: Db): Promise<MigrationVersion> {
	const [exists] = await rows<{ ok: boolean }>(db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`);
	if (!exists?.ok) return { count: 0, last: null };
	const [row] = await rows<{ n: number | string; last: string | number | null }>(
		db,
		sql`select count(*) as n, max(created_at)::text as last from drizzle.__drizzle_migrations`
	);
	return { count: Number(row?.n ?? 0), last: row?.last === null || row?.last === undefined ? null : String(row.last) };
}

export async function countRows(db: Db, table: string): Promise<number> {
	const [row] = await rows<{ n: number | string }>(db, sql.raw(`select count(*) as n from ${quoteIdent(table)}`));
	return Number(row?.n ?? 0);
}
