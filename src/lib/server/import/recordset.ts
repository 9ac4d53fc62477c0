/**
 * Multi-row inserts with one JSON parameter per batch: `INSERT … SELECT … FROM
 * jsonb_to_recordset($1)`. Ten times faster than a VALUES list with thousands of bind parameters
 * (node-postgres and Drizzle spend their time per parameter), with no 65,535-parameter cap, and the
 * same on PGlite and PostgreSQL.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/types';

/** [database column, SQL type] in insert order. */
export type RecordsetColumns = readonly (readonly [string, string])[];

export async function insertRecordset(
	tx: Db,
	table: string,
	columns: RecordsetColumns,
	rows: readonly Record<string, unknown>[],
	tail: SQL = sql``,
	batch = 5000
): Promise<void> {
	const names = columns.map(([c]) => `"${c}"`).join(', ');
	const defs = columns.map(([c, t]) => `"${c}" ${t}`).join(', ');
	for (let i = 0; i < rows.length; i += batch) {
		const json = JSON.stringify(rows.slice(i, i + batch));
		await tx.execute(sql`insert into ${sql.identifier(table)} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${json}::jsonb) as x(${sql.raw(defs)}) ${tail}`);
	}
}
