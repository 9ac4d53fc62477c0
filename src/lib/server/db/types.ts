import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** A Drizzle database or transaction on either PGlite or node-postgres. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** PGlite returns count(*) as a number, node-postgres as a string: always go through this. */
export function toNumber(value: unknown): number {
	return typeof value === 'number' ? value : Number(value ?? 0);
}
