/**
 * demand_weekly and demand_rollup_state: the weekly roll-up of search_misses (decision 007). A
 * week is always recomputed whole from the log, so running the roll-up twice changes nothing.
 */
import { and, asc, eq, gt, gte, sql } from 'drizzle-orm';
import { demandRollupState, demandWeekly, demandWindow, searchMisses } from '../db/schema';
import type { Db } from '../db/types';
import { WINDOW_WEEKS, addDays, mondayOf } from './weeks';

/** The last day in the roll-up; null before the first run (then the log itself is read). */
export async function rolledUntil(db: Db): Promise<string | null> {
	return (await rollupState(db)).rolledUntil;
}

/** rolledUntil and the Monday demand_window's windows end before (null: none yet). */
export async function rollupState(db: Db): Promise<{ rolledUntil: string | null; windowMonday: string | null }> {
	const [row] = await db.select({ rolledUntil: demandRollupState.rolledUntil, windowMonday: demandRollupState.windowMonday }).from(demandRollupState).where(eq(demandRollupState.id, 1));
	return { rolledUntil: row?.rolledUntil ?? null, windowMonday: row?.windowMonday ?? null };
}

/** The first day the log holds, to start the first roll-up from. */
export async function firstLoggedDay(db: Db): Promise<string | null> {
	const [row] = await db.select({ day: sql<string | null>`min(${searchMisses.day})` }).from(searchMisses);
	return row?.day ?? null;
}

/**
 * Replaces the roll-up of every week from the one of `fromMonday` on with the log's days up to
 * `until`, and records `until`, in one transaction (readers see the old or the new, never half).
 * Then sums the views' windows: for each of WINDOW_WEEKS, the complete weeks before the Monday
 * of the day after `until` (all of them rolled up) — the view adds that week and the log itself.
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
		const monday = mondayOf(addDays(until, 1));
		await tx.delete(demandWindow);
		await tx.execute(sql`
			INSERT INTO demand_window (weeks, need_key, municipality_id, category_id, searches, zero_results, label)
			SELECT w.weeks, need_key, municipality_id, category_id, sum(searches)::int, sum(zero_results)::int, (array_agg(label ORDER BY searches DESC, label))[1]
			FROM demand_weekly JOIN (VALUES ${sql.raw(WINDOW_WEEKS.map((n) => `(${n})`).join(', '))}) w(weeks)
				ON week >= ${monday}::date - 7 * (w.weeks - 1) AND week < ${monday}::date
			GROUP BY 1, 2, 3, 4`);
		await tx.update(demandRollupState).set({ rolledUntil: until, windowMonday: monday }).where(eq(demandRollupState.id, 1));
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
