/**
 * search_results, search_index_state and search_removals: writing result rows from their
 * documents (indexer.ts) and reading them into each process's memory index (freshness.ts).
 */
import { and, gt, lte, sql } from 'drizzle-orm';
import { searchIndexState, searchRemovals, searchResults as r } from '../db/schema';
import { preparedPer } from '../db/prepared';
import type { Db } from '../db/types';
import type { IndexRow } from './memory-index';

export type IndexState = { generation: number; fullGeneration: number };

const stateStatement = preparedPer((db) =>
	db
		.select({ generation: searchIndexState.generation, fullGeneration: searchIndexState.fullGeneration })
		.from(searchIndexState)
		.where(sql`${searchIndexState.id} = 1`)
		.prepare('search_index_state')
);

/** Read before every search (freshness.ts): prepared once per connection, so each read is only its round trip. */
export async function indexState(db: Db): Promise<IndexState> {
	const [row] = await stateStatement(db).execute();
	return { generation: Number(row?.generation ?? 0), fullGeneration: Number(row?.fullGeneration ?? 0) };
}

/**
 * The next generation, inside the caller's transaction: the row lock makes concurrent changes
 * take their numbers in commit order, so a reader that sees generation G has every row ≤ G.
 */
async function nextGeneration(db: Db, full: boolean): Promise<number> {
	const result = await db.execute(
		sql`update search_index_state set generation = generation + 1${full ? sql`, full_generation = generation + 1` : sql``} where id = 1 returning generation`
	);
	const rows = (result as unknown as { rows: { generation: string | number }[] }).rows;
	if (!rows.length) throw new Error('search_index_state has no row: run the migrations (0011)');
	return Number(rows[0].generation);
}

/** Every column of a result row but the generation, in the table's order (the view has the same). */
const COLUMNS = sql.raw(
	'result_type, result_id, kind, sort_key, names, product_names, raw_stems, product_raw_stems, name_stems, body_stems, product_name_stems, product_category_ids, category_ids, label_ids, region_ids, municipality_ids, locality_id, lat, lng, hours'
);

/** All result rows again from the documents (a full rebuild, in the rebuild's transaction). */
export async function rebuildResults(db: Db): Promise<void> {
	const generation = await nextGeneration(db, true);
	await db.delete(r);
	await db.delete(searchRemovals);
	await db.execute(sql`insert into search_results (${COLUMNS}, generation) select ${COLUMNS}, ${generation} from search_results_source`);
}

/** The rows of some results again from their documents; a result without documents leaves the index. */
export async function refreshResults(db: Db, resultIds: readonly string[]): Promise<void> {
	if (resultIds.length === 0) return;
	const generation = await nextGeneration(db, false);
	const ids = sql`array[${sql.join(
		resultIds.map((id) => sql`${id}`),
		sql`, `
	)}]::uuid[]`;
	await db.delete(r).where(sql`${r.resultId} = any(${ids})`);
	await db.execute(sql`insert into search_results (${COLUMNS}, generation) select ${COLUMNS}, ${generation} from search_results_source where result_id = any(${ids})`);
	await db.execute(
		sql`insert into search_removals (result_id, generation) select id, ${generation} from unnest(${ids}) as id where not exists (select 1 from search_results x where x.result_id = id)`
	);
}

const rowColumns = {
	resultType: r.resultType,
	resultId: r.resultId,
	kind: r.kind,
	sortKey: r.sortKey,
	names: r.names,
	productNames: r.productNames,
	rawStems: r.rawStems,
	productRawStems: r.productRawStems,
	nameStems: r.nameStems,
	bodyStems: r.bodyStems,
	productNameStems: r.productNameStems,
	productCategoryIds: r.productCategoryIds,
	categoryIds: r.categoryIds,
	labelIds: r.labelIds,
	regionIds: r.regionIds,
	municipalityIds: r.municipalityIds,
	localityId: r.localityId,
	lat: r.lat,
	lng: r.lng,
	hours: r.hours
};

const BATCH = 10_000;

/**
 * Rows written after generation `after` up to `upTo` (all when `after` is null), in name order —
 * slots in that order make name-sorted browsing mostly pre-sorted — handed over in batches so a
 * full load never holds every row object at once.
 */
export async function eachResultRow(db: Db, after: number | null, upTo: number, use: (row: IndexRow) => void): Promise<void> {
	const generations = after === null ? lte(r.generation, upTo) : and(gt(r.generation, after), lte(r.generation, upTo));
	let last: { sortKey: string; resultId: string } | null = null;
	for (;;) {
		const where = last ? and(generations, sql`(${r.sortKey} collate "C", ${r.resultId}) > (${last.sortKey} collate "C", ${last.resultId}::uuid)`) : generations;
		const rows = (await db.select(rowColumns).from(r).where(where).orderBy(sql`${r.sortKey} collate "C"`, r.resultId).limit(BATCH)) as IndexRow[];
		rows.forEach(use);
		if (rows.length < BATCH) return;
		last = rows[rows.length - 1];
	}
}

export async function removedSince(db: Db, after: number, upTo: number): Promise<string[]> {
	const rows = await db
		.select({ resultId: searchRemovals.resultId })
		.from(searchRemovals)
		.where(and(gt(searchRemovals.generation, after), lte(searchRemovals.generation, upTo)));
	return rows.map((x) => x.resultId);
}
