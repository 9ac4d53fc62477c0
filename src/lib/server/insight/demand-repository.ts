/**
 * Reads of unmet demand: the roll-up's weeks (demand_weekly) plus the log's rows after the last
 * roll-up (search_misses), so every number is exact whenever the job last ran (decision 007).
 * Areas are lists of municipality ids; several areas at once (every municipality, every LAG's
 * territory) are one statement with the areas as a VALUES list.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/types';
import { toNumber } from '../db/types';
import { rollupState } from './rollup-repository';
import { WINDOW_WEEKS, addDays } from './weeks';

export type DemandScope = {
	/** First Monday and last day of the window. */
	from: string;
	to: string;
	/** null: everywhere (searches without a municipality too). */
	municipalityIds: readonly number[] | null;
	categoryId?: number | null;
	needKey?: string | null;
};

export type NeedTotal = { needKey: string; label: string; searches: number; zeroResults: number; categoryId: number | null; municipalities: number };

const ints = (ids: readonly number[]) => sql.raw(ids.map((id) => String(Math.trunc(Number(id)))).join(', ') || 'NULL');

function where(scope: DemandScope, weekColumn: SQL | null): SQL {
	const parts: SQL[] = weekColumn ? [sql`${weekColumn} >= ${scope.from}`, sql`${weekColumn} <= ${scope.to}`] : [sql`TRUE`];
	if (scope.municipalityIds) parts.push(sql`municipality_id IN (${ints(scope.municipalityIds)})`);
	if (scope.categoryId) parts.push(sql`category_id = ${scope.categoryId}`);
	if (scope.needKey) parts.push(sql`need_key = ${scope.needKey}`);
	return sql.join(parts, sql` AND `);
}

/** The number of weeks when the scope is one of demand_window's windows as last rolled up, else null. */
function rolledWindow(scope: DemandScope, windowMonday: string | null): number | null {
	if (!windowMonday || scope.to !== addDays(windowMonday, 6)) return null;
	return WINDOW_WEEKS.find((n) => scope.from === addDays(windowMonday, -7 * (n - 1))) ?? null;
}

/**
 * The window's demand rows: rolled-up weeks, and each logged search after the roll-up as one row.
 * Totals (`perWeek` false) of one of the views' windows read its complete weeks from demand_window,
 * summed already; the current week from demand_weekly and the log as always.
 */
async function demandRows(db: Db, scope: DemandScope, perWeek = true): Promise<SQL> {
	const state = await rollupState(db);
	const rolled = state.rolledUntil ?? '0001-01-01';
	const log = sql`SELECT date_trunc('week', day)::date, need_key, municipality_id, category_id, 1, (result_count = 0)::int, need_label
		FROM search_misses WHERE day > ${rolled} AND need_key <> '' AND ${where(scope, sql`day`)}`;
	const weeks = perWeek ? null : rolledWindow(scope, state.windowMonday);
	if (weeks !== null) {
		return sql`(
			SELECT NULL::date AS week, need_key, municipality_id, category_id, searches, zero_results, label
			FROM demand_window WHERE weeks = ${weeks} AND ${where(scope, null)}
			UNION ALL
			SELECT week, need_key, municipality_id, category_id, searches, zero_results, label
			FROM demand_weekly WHERE week >= ${state.windowMonday} AND ${where(scope, sql`week`)}
			UNION ALL ${log}
		) d`;
	}
	return sql`(
		SELECT week, need_key, municipality_id, category_id, searches, zero_results, label
		FROM demand_weekly WHERE ${where(scope, sql`week`)}
		UNION ALL ${log}
	) d`;
}

type Raw = Record<string, unknown>;
const rowsOf = async (db: Db, query: SQL): Promise<Raw[]> => ((await db.execute(query)) as unknown as { rows: Raw[] }).rows;
const needOfRow = (r: Raw): NeedTotal => ({
	needKey: String(r.need_key),
	label: String(r.label),
	searches: toNumber(r.searches),
	zeroResults: toNumber(r.zero_results),
	categoryId: r.category_id === null ? null : toNumber(r.category_id),
	municipalities: toNumber(r.municipalities)
});

const NEED_COLUMNS = sql`need_key, (array_agg(label ORDER BY searches DESC, label))[1] AS label, sum(searches) AS searches,
	sum(zero_results) AS zero_results, max(category_id) AS category_id, count(DISTINCT municipality_id) AS municipalities`;

/** The most searched unmet needs of the scope. */
export async function topNeeds(db: Db, scope: DemandScope, limit: number): Promise<NeedTotal[]> {
	const rows = await rowsOf(db, sql`SELECT ${NEED_COLUMNS} FROM ${await demandRows(db, scope, false)} GROUP BY need_key ORDER BY sum(searches) DESC, need_key LIMIT ${limit}`);
	return rows.map(needOfRow);
}

/** Searches per week (only weeks that have some). */
export async function weeklyTotals(db: Db, scope: DemandScope): Promise<{ week: string; searches: number; zeroResults: number }[]> {
	const rows = await rowsOf(db, sql`SELECT week::text AS week, sum(searches) AS searches, sum(zero_results) AS zero_results FROM ${await demandRows(db, scope)} GROUP BY week ORDER BY week`);
	return rows.map((r) => ({ week: String(r.week), searches: toNumber(r.searches), zeroResults: toNumber(r.zero_results) }));
}

/** Searches per municipality and category (null: none named). */
export async function totalsByMunicipalityAndCategory(db: Db, scope: DemandScope): Promise<{ municipalityId: number | null; categoryId: number | null; searches: number }[]> {
	const rows = await rowsOf(db, sql`SELECT municipality_id, category_id, sum(searches) AS searches FROM ${await demandRows(db, scope, false)} GROUP BY 1, 2`);
	return rows.map((r) => ({
		municipalityId: r.municipality_id === null ? null : toNumber(r.municipality_id),
		categoryId: r.category_id === null ? null : toNumber(r.category_id),
		searches: toNumber(r.searches)
	}));
}

/**
 * The top `perArea` needs of each area (a municipality, a LAG's territory) and each area's total,
 * in one statement over the union of the areas.
 */
export async function topNeedsByArea(db: Db, scope: Omit<DemandScope, 'municipalityIds'>, areas: readonly (readonly number[])[], perArea: number): Promise<{ totals: number[]; needs: NeedTotal[][] }> {
	const pairs = areas.flatMap((ids, area) => ids.map((id) => `(${area}, ${Math.trunc(id)})`));
	const totals = areas.map(() => 0);
	const needs: NeedTotal[][] = areas.map(() => []);
	if (pairs.length === 0) return { totals, needs };
	const all = [...new Set(areas.flat())];
	const rows = await rowsOf(
		db,
		sql`WITH area(area, mun) AS (VALUES ${sql.raw(pairs.join(', '))}),
		per_need AS (
			SELECT area.area, ${NEED_COLUMNS} FROM ${await demandRows(db, { ...scope, municipalityIds: all }, false)}
			JOIN area ON area.mun = d.municipality_id GROUP BY area.area, need_key
		),
		ranked AS (
			SELECT *, row_number() OVER (PARTITION BY area ORDER BY searches DESC, need_key) AS rank,
				sum(searches) OVER (PARTITION BY area) AS area_total
			FROM per_need
		)
		SELECT * FROM ranked WHERE rank <= ${perArea} ORDER BY area, rank`
	);
	for (const r of rows) {
		const area = toNumber(r.area);
		totals[area] = toNumber(r.area_total);
		needs[area].push(needOfRow(r));
	}
	return { totals, needs };
}

/** How many of the window's logged searches are generated demo rows (from the log: the roll-up does not know). */
export async function demoSearches(db: Db, scope: Pick<DemandScope, 'from' | 'to'>): Promise<number> {
	const [row] = await rowsOf(db, sql`SELECT count(*) AS n FROM search_misses WHERE is_demo AND day >= ${scope.from} AND day <= ${scope.to}`);
	return toNumber(row.n);
}
