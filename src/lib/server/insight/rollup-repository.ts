/**
 * demand_weekly and demand_rollup_state: the weekly roll-up of search_misses (decision 007). A
 * week is always recomputed whole from the log, so running the roll-up twice changes nothing.
 */
import { and, asc, eq, gt, gte, sql } from 'drizzle-orm';
import { demandRollupState, demandWeekly, searchMisses } from '../db/schema';
import type { Db } from '../db/types';

/** The last day in the roll-up; null before the first run (then the log itself is read). */
export async function rolledUntil(db: Db): Promise<string | null> {
	const [row] = await db.select({ day: demandRollupState.rolledUntil }).from(demandRollupState).where(eq(demandRollupState.id, 1));
	return row?.day ?? null;
}

/** The first day the log holds, to start the first roll-up from. */
export async function firstLoggedDay(db: Db): Promise<string | null> {
	const [row] = await db.select({ day: sql<string | null>`min(${searchMisses.day})` }).from(searchMisses);
	return row?.day ?? null;
}

/**
 * Replaces the roll-up of every week from the one of `fromMonday` on with the log's days up to
 * `until`, and records `until`, in one transaction (readers see the old or the new, never half).
 */
export async function rollUp(db: Db, fromMonday: string, until: string): Promise<void> {
	await db.transaction(async (tx) => {
		// the state row orders concurrent runs (only one worker claims the job, but a manual run may overlap)
		await tx.insert(demandRollupState).values({ id: 1, rolledUntil: null }).onConflictDoNothing();
		await tx.execute(sql`SELECT 1 FROM demand_rollup_state WHERE id = 1 FOR UPDATE`);
		await tx.delete(demandWeekly).where(gte(demandWeekly.week, fromMonday));
		await tx.execute(sql`
			INSERT INTO demand_weekly (week, need_key, municipality_id, category_id, searches, zero_results, label)
			SELECT date_trunc('week', day)::date, need_key, municipality_id, category_id,
				count(*)::int, (count(*) FILTER (WHERE result_count = 0))::int, mode() WITHIN GROUP (ORDER BY need_label)
			FROM search_misses
			WHERE day >= ${fromMonday} AND day <= ${until} AND need_key <> ''
			GROUP BY 1, 2, 3, 4`);
		await tx.update(demandRollupState).set({ rolledUntil: until }).where(eq(demandRollupState.id, 1));
	});
}

/** Log rows written before need keys existed (migration 0030), after id `after`: a batch at a time. */
export async function rowsWithoutNeed(db: Db, after: number, limit: number): Promise<{ id: number; query: string }[]> {
	return db
		.select({ id: searchMisses.id, query: searchMisses.query })
		.from(searchMisses)
		.where(and(eq(searchMisses.needKey, ''), gt(searchMisses.id, after)))
		.orderBy(asc(searchMisses.id))
		.limit(limit);
}

export async function setNeed(db: Db, id: number, need: { key: string; label: string }, categoryId: number | null): Promise<void> {
	await db.update(searchMisses).set({ needKey: need.key, needLabel: need.label, categoryId }).where(eq(searchMisses.id, id));
}
