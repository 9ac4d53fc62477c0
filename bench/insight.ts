// Regional insight over a year of logged searches (issue 20): fills the unmet-demand log
// (search_misses) of an empty database with BENCH_ROWS (1,000,000) plausible few-result searches
// spread over 400 days and every municipality, runs the nightly roll-up as the job does
// (runRollup), then times each staff view's query function and the public summary — median of
// BENCH_RUNS (5) runs after one warm-up — against the 1 s target. Printed numbers, not a test.
//
//   source scripts/lib/system-deps.sh; source scripts/lib/pg-cluster.sh; pg_cluster_start
//   psql "$TEST_DATABASE_URL" -c 'create database tuvuma_insight'
//   DATABASE_URL=${TEST_DATABASE_URL%/postgres}/tuvuma_insight npx tsx bench/insight.ts
//
// The database is migrated and seeded with the demo (territories, categories, LAGs, producers);
// a second run on the same database reuses the rows it finds (BENCH_REFILL=1 writes them again).
// BENCH_RUNS (5), BENCH_ROWS (1000000), BENCH_WINDOWS=0 (skip the windows roll-up, for comparison).
import { count, eq, sql } from 'drizzle-orm';
import { openDb } from '../src/lib/server/db/client';
import { migrate } from '../src/lib/server/db/migrate';
import { demandPublications, demandRollupState, demandWeekly, demandWindow, organisations, searchMisses } from '../src/lib/server/db/schema';
import { toNumber, type Db } from '../src/lib/server/db/types';
import { rigaMoment } from '../src/lib/domain/riga-time';
import { seedDemo } from '../src/lib/server/seed';
import { searchReference } from '../src/lib/server/search/reference';
import { demandAreas, demandOverview, demandVsSupply, TOP_NEEDS } from '../src/lib/server/insight/demand-queries';
import { topNeeds, weeklyTotals } from '../src/lib/server/insight/demand-repository';
import { DEMO_NEEDS } from '../src/lib/server/insight/demo-searches';
import { needCategory, needOf } from '../src/lib/server/insight/need';
import { publicDemandFor } from '../src/lib/server/insight/public-summary';
import { runRollup } from '../src/lib/server/insight/rollup';
import { rollupState } from '../src/lib/server/insight/rollup-repository';
import { insightScope, readInsightParams, type InsightScope } from '../src/lib/server/insight/scope';
import { readSupplySort, supplyCoverage } from '../src/lib/server/insight/supply-queries';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** BENCH_WINDOWS=0: the views over the weekly roll-up alone, as before migration 0031 (for comparison). */
const WINDOWS = process.env.BENCH_WINDOWS !== '0';
const DAYS = 400;
const TARGET_MS = 1000;
const LAG = 'lauku-partneriba-lielupe';
const PUBLIC_MUNICIPALITY = 'jelgavas-novads';

if (!process.env.DATABASE_URL) {
	console.error('Set DATABASE_URL to an empty PostgreSQL database (see the header of bench/insight.ts).');
	process.exit(2);
}
const seconds = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
const rowsOf = async (db: Db, q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows;

/** What people look for: the demo's needs as typed, the catalogue's product names, some with a modifier. */
async function vocabulary(db: Db) {
	const ref = await searchReference(db);
	const names = (await rowsOf(db, sql`SELECT DISTINCT lower(name->>'lv') AS n FROM products WHERE name->>'lv' IS NOT NULL`)).map((r) => String(r.n));
	const modifiers = ['', 'bio ', 'mājas ', 'svaigs ', 'lauku ', 'vegānu ', 'lēts ', 'kūpināts '];
	const typed = [...DEMO_NEEDS.flatMap((n) => n.typed), ...names.flatMap((n, i) => [n, `${modifiers[1 + (i % 7)]}${n}`])];
	const byKey = new Map<string, { query: string; label: string; categoryId: number | null }>();
	for (const t of typed) {
		const need = needOf([t]);
		if (need.key && !byKey.has(need.key)) byKey.set(need.key, { query: t, label: need.label, categoryId: needCategory(ref.categoryIndex, need.stems) });
	}
	// a stable shuffle, so the most searched needs are not all from one list
	return [...byKey.entries()].sort((a, b) => hash(a[0]) - hash(b[0])).map(([key, v]) => ({ key, ...v }));
}

function hash(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

/**
 * One INSERT … SELECT over generate_series: the need Zipf-like (a few needs most of the time),
 * the municipality weighted by size (Rīga ×12, cities ×4) or none (15 %), the day rising linearly
 * towards today (twice the year's average a day by now), 70 % with no result, most with a visitor's daily key.
 */
async function fill(db: Db, today: string) {
	const needs = await vocabulary(db);
	const muns = await rowsOf(db, sql`SELECT id, slug FROM territories WHERE kind = 'municipality' AND country_code = 'LV' ORDER BY id`);
	const weighted: ({ id: number; slug: string } | null)[] = [];
	for (const m of muns) {
		const slug = String(m.slug);
		const weight = slug === 'riga' ? 12 : slug.endsWith('-novads') ? 1 : 4;
		for (let i = 0; i < weight; i++) weighted.push({ id: toNumber(m.id), slug });
	}
	const nulls = Math.round((weighted.length * 0.15) / 0.85);
	for (let i = 0; i < nulls; i++) weighted.push(null);
	await db.transaction(async (tx) => {
		await tx.execute(sql`CREATE TEMP TABLE bench_needs (i int PRIMARY KEY, key text, label text, query text, category_id int) ON COMMIT DROP`);
		await tx.execute(sql`CREATE TEMP TABLE bench_muns (i int PRIMARY KEY, id int, slug text) ON COMMIT DROP`);
		for (let at = 0; at < needs.length; at += 500) {
			const chunk = needs.slice(at, at + 500).map((n, j) => sql`(${at + j}, ${n.key}, ${n.label}, ${n.query}, ${n.categoryId})`);
			await tx.execute(sql`INSERT INTO bench_needs VALUES ${sql.join(chunk, sql`, `)}`);
		}
		await tx.execute(sql`INSERT INTO bench_muns VALUES ${sql.join(weighted.map((m, i) => sql`(${i}, ${m?.id ?? null}, ${m?.slug ?? null})`), sql`, `)}`);
		await tx.execute(sql`SELECT setseed(0.2026)`);
		await tx.execute(sql`
			INSERT INTO search_misses (day, query, filters, municipality_id, result_count, need_key, need_label, category_id, dedupe_key, is_demo)
			SELECT x.day, n.query,
				CASE WHEN m.id IS NULL THEN '{}'::jsonb WHEN x.via < 0.25 THEN jsonb_build_object('place', jsonb_build_array(m.slug))
					WHEN x.via < 0.42 THEN '{"near":"point"}'::jsonb ELSE jsonb_build_object('municipality', jsonb_build_array(m.slug)) END,
				m.id, CASE WHEN x.few < 0.7 THEN 0 WHEN x.few < 0.85 THEN 1 ELSE 2 END,
				n.key, n.label, n.category_id, CASE WHEN x.visitor < 0.9 THEN md5(x.g::text) END, false
			FROM (
				SELECT g, ${today}::date - least(${DAYS - 1}, floor((1 - sqrt(random())) * ${DAYS})::int) AS day,
					floor(power(random(), 2.2) * ${needs.length})::int AS ni, floor(random() * ${weighted.length})::int AS mi,
					random() AS via, random() AS few, random() AS visitor
				FROM generate_series(1, ${ROWS}) g
			) x
			JOIN bench_needs n ON n.i = x.ni JOIN bench_muns m ON m.i = x.mi
			ORDER BY x.day, x.g`); // in the order a live log grows
	});
	return needs.length;
}

async function prepare(db: Db, today: string) {
	const [row] = await db.select({ n: count() }).from(searchMisses).where(eq(searchMisses.isDemo, false));
	if (toNumber(row.n) === ROWS && !process.env.BENCH_REFILL) {
		console.log(`reusing ${ROWS.toLocaleString('en')} logged searches already in the database`);
		if (WINDOWS && !(await rollupState(db)).windowMonday) await rollUpAgain(db);
		if (!WINDOWS) await db.update(demandRollupState).set({ windowMonday: null });
		return;
	}
	await db.delete(searchMisses);
	await db.delete(demandWeekly);
	await db.delete(demandRollupState);
	const t = performance.now();
	const needs = await fill(db, today);
	console.log(`filled ${ROWS.toLocaleString('en')} logged searches (${needs} distinct needs, ${DAYS} days) in ${seconds(t)}`);
	await rollUpAgain(db);
}

async function rollUpAgain(db: Db) {
	await db.delete(demandRollupState);
	const t = performance.now();
	const r = await runRollup(db);
	const [weekly] = await db.select({ n: count() }).from(demandWeekly);
	const [windows] = await db.select({ n: count() }).from(demandWindow);
	console.log(`roll-up (runRollup, as the nightly job) ${r.from} … ${r.until}: ${toNumber(weekly.n).toLocaleString('en')} weekly rows, ${toNumber(windows.n).toLocaleString('en')} window rows in ${seconds(t)}`);
}

async function median(f: () => Promise<unknown>): Promise<{ median: number; min: number; max: number }> {
	await f(); // warm-up: plans, the memory index, the reference cache
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		await f();
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

const handle = await openDb({ databaseUrl: process.env.DATABASE_URL });
try {
	const db = handle.db;
	let t = performance.now();
	await migrate(handle);
	const [orgs] = await db.select({ n: count() }).from(organisations);
	if (toNumber(orgs.n) === 0) {
		await seedDemo(db);
		console.log(`migrated and seeded the demo in ${seconds(t)}`);
	}
	const today = rigaMoment(new Date()).date;
	await prepare(db, today);
	t = performance.now();
	await db.execute(sql`VACUUM ANALYZE search_misses, demand_weekly, demand_window`);
	console.log(`vacuum analyze in ${seconds(t)} (autovacuum does this on a live server; a bulk fill or a full re-roll leaves dead rows)`);
	const [lag] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, LAG));
	await db.insert(demandPublications).values({ organisationId: lag.id }).onConflictDoNothing();
	const [{ n: unrolled }] = await rowsOf(db, sql`SELECT count(*) AS n FROM search_misses WHERE day > (SELECT rolled_until FROM demand_rollup_state WHERE id = 1)`);
	console.log(`log rows after the roll-up (today's, read from the log): ${toNumber(unrolled).toLocaleString('en')}\n`);

	const scopes: [string, string][] = [
		[`${LAG}, 12 weeks`, ''],
		['all Latvia, 12 weeks', 'teritorija=visa'],
		['all Latvia, 52 weeks', 'teritorija=visa&nedelas=52'],
		['all Latvia, 52 weeks, category medus', 'teritorija=visa&nedelas=52&kategorija=medus']
	];
	const rows: [string, string, Awaited<ReturnType<typeof median>>][] = [];
	const measure = async (view: string, scope: string, f: () => Promise<unknown>) => {
		const r = await median(f);
		rows.push([view, scope, r]);
		console.log(`  ${view.padEnd(38)} ${scope.padEnd(40)} ${r.median.toFixed(1).padStart(8)} ms`);
	};
	for (const [name, qs] of scopes) {
		const params = readInsightParams(new URLSearchParams(qs));
		const scopeOf = () => insightScope(db, lag.id, params, 'lv');
		const scope: InsightScope = await scopeOf();
		const s = { from: scope.window.from, to: scope.window.to, municipalityIds: scope.municipalityIds, categoryId: scope.categoryId };
		await measure('scope (every view)', name, scopeOf);
		await measure('unmet demand: top needs', name, () => topNeeds(db, s, TOP_NEEDS));
		await measure('unmet demand: weekly trend', name, () => weeklyTotals(db, s));
		await measure('unmet demand page (demandOverview)', name, () => demandOverview(db, lag.id, scope));
		await measure('per municipality / LAG (demandAreas)', name, () => demandAreas(db, lag.id, scope));
		await measure('demand vs supply (demandVsSupply)', name, () => demandVsSupply(db, scope));
		await measure('supply coverage (supplyCoverage)', name, () => supplyCoverage(db, scope, readSupplySort(new URLSearchParams()), 'lv'));
	}
	await measure('public summary (publicDemandFor)', `${PUBLIC_MUNICIPALITY}, 12 weeks`, () => publicDemandFor(db, PUBLIC_MUNICIPALITY, 'lv'));
	const sample = await publicDemandFor(db, PUBLIC_MUNICIPALITY, 'lv');
	console.log(`\n(the public summary shows ${sample?.categories.length ?? 0} categories)\n`);

	console.log(`PostgreSQL, ${ROWS.toLocaleString('en')} logged searches, ${WINDOWS ? 'with' : 'WITHOUT'} the windows roll-up; median of ${RUNS} runs after a warm-up; target ≤ ${TARGET_MS} ms`);
	console.log(`${'view'.padEnd(38)} ${'scope'.padEnd(40)} ${'median ms'.padStart(10)} ${'min'.padStart(8)} ${'max'.padStart(8)}  target`);
	for (const [view, scope, r] of rows) {
		const verdict = r.median <= TARGET_MS ? 'PASS' : 'FAIL';
		console.log(`${view.padEnd(38)} ${scope.padEnd(40)} ${r.median.toFixed(1).padStart(10)} ${r.min.toFixed(1).padStart(8)} ${r.max.toFixed(1).padStart(8)}  ≤ 1 s: ${verdict}`);
	}
} finally {
	await handle.close();
}
