import { sql } from 'drizzle-orm';
import type { Db } from './types';

/**
 * Which transactions the database shows right now (`xmin:xmax:running xids`). Reading does not
 * change it; any write anywhere — another app process, a job, an import, psql — does when it
 * commits or rolls back (one still running is invisible, and so are its rows). Two reads with the
 * same text see the same committed data, so it names a generation of everything a page can show
 * (hooks/response-cache.ts).
 */
export async function currentSnapshot(db: Db): Promise<string> {
	const result = await db.execute(sql`select pg_current_snapshot()::text as snapshot`);
	return (result as unknown as { rows: { snapshot: string }[] }).rows[0].snapshot;
}
