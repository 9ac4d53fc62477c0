/**
 * The search's one big statement: match, score, group into results, filter, order and cut the
 * page, and count totals and facets — all in PostgreSQL, one round trip. JavaScript then only
 * scores the page's few results again (ranking.ts, for snippets and "why it matched").
 *
 *   m  matching documents (GIN on tsv / category_ids / municipality_ids), each word's score
 *   r  one row per result: best score per word (all words found), bonuses, filter flags
 *   the page: top GROUP_SIZE per type (or one page of one type), in the ranking's order
 *   facets: each counted over the results that pass every other filter (exact, no cap)
 */
import { sql, type SQL } from 'drizzle-orm';
import { searchDocuments as d } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { ResultType } from '$lib/components/search/types';
import { sqlIntArray, tsqueryText, type MatchQuery } from './documents-repository';
import type { FacetFilter, PlannedWord } from './ranking';
import { categoryFloor, categoryHitSql, distanceSql, hasWord, wordScoreSql } from './score-sql';

export type RankQuery = Omit<MatchQuery, 'words' | 'order' | 'cap'> & {
	words: readonly PlannedWord[];
	placeStems: readonly string[];
	placeLocalityIds: readonly number[];
	stopWords: readonly string[];
	tieOrigin: { lat: number; lng: number } | null;
	filter: FacetFilter;
	sort: 'relevance' | 'distance' | 'name';
	/** One type: that type's page; otherwise the best `groupSize[type]` of each type. */
	single: { type: ResultType; offset: number; limit: number } | null;
	groupSize: Record<ResultType, number>;
	radiusSteps: readonly number[];
};

export type RankedPage = {
	/** Complete results before the URL filters (decides the typo fallback). */
	matched: number;
	/** Results after the filters, per type. */
	totals: Map<ResultType, number>;
	page: { type: ResultType; id: string }[];
	facets: {
		type: Map<string, number>;
		kind: Map<string, number>;
		category: Map<string, number>;
		label: Map<string, number>;
		region: Map<string, number>;
		municipality: Map<string, number>;
		open: number;
		radius: Map<number, number>;
	};
};

const TRUE = sql`true`;
const anyOf = (conds: SQL[]) => (conds.length ? sql`(${sql.join(conds, sql` or `)})` : sql`false`);
const allOf = (conds: SQL[]) => (conds.length ? sql`(${sql.join(conds, sql` and `)})` : TRUE);
const textArray = (xs: readonly string[]) => sql`array[${sql.join(
	xs.map((x) => sql`${x}`),
	sql`, `
)}]::text[]`;

/** Documents that can count: one of the words (any variant or category), in the area and radius. */
function documentWhere(q: RankQuery): SQL {
	const conds: SQL[] = [];
	if (q.words.length) {
		const variants = q.words.flatMap((w) => w.variants);
		const cats = [...new Set(q.words.flatMap((w) => w.categoryIds))];
		const either: SQL[] = [];
		if (variants.length) either.push(sql`${d.tsv} @@ to_tsquery('simple', ${tsqueryText(variants)})`);
		if (cats.length) either.push(sql`${d.categoryIds} && ${sqlIntArray(cats)}`);
		conds.push(anyOf(either));
	} else {
		conds.push(sql`${d.entityType} <> 'product'`);
	}
	if (q.area) {
		const parts: SQL[] = [];
		if (q.area.municipalityIds.length) parts.push(sql`${d.municipalityIds} && ${sqlIntArray(q.area.municipalityIds)}`);
		if (q.area.regionIds.length) parts.push(sql`${d.regionIds} && ${sqlIntArray(q.area.regionIds)}`);
		conds.push(anyOf(parts));
	}
	if (q.origin && q.radiusKm !== null) {
		// a bounding box first (btree on lat, lng), then the exact distance
		const dLat = q.radiusKm / 111.2;
		const dLng = q.radiusKm / (111.2 * Math.max(0.05, Math.cos((q.origin.lat * Math.PI) / 180)));
		conds.push(sql`${d.lat} between ${q.origin.lat - dLat} and ${q.origin.lat + dLat}`);
		conds.push(sql`${d.lng} between ${q.origin.lng - dLng} and ${q.origin.lng + dLng}`);
		conds.push(sql`${distanceSql(q.origin)} <= ${q.radiusKm}`);
	}
	return allOf(conds);
}

const ident = (name: string) => sql.raw(`"${name}"`);
const s = (i: number) => ident(`s${i}`);

export async function rankedPage(db: Db, q: RankQuery): Promise<RankedPage> {
	const f = q.filter;
	const words = q.words.map((w, i) => sql`${wordScoreSql(w)} as ${s(i)}, ${categoryHitSql(w)} as ${ident(`c${i}`)}`);
	// each word's score with the category floor, computed once per document (m0 is a fence: offset 0)
	const floored = q.words.map((_, i) => sql`${categoryFloor(sql`m0.${s(i)}`, sql`m0.${ident(`c${i}`)}`)} as ${ident(`e${i}`)}`);
	const wordScore = (i: number) => sql`m.${ident(`e${i}`)}`;
	const docScore = q.words.length ? sql.join(q.words.map((_, i) => wordScore(i)), sql` + `) : sql`0::float8`;
	const dist = q.origin ? distanceSql(q.origin) : sql`null::float8`;
	const tie = q.tieOrigin ? distanceSql(q.tieOrigin) : sql`null::float8`;
	const placeName = q.placeStems.length ? anyOf(q.placeStems.map((st) => hasWord(d.nameStems, st))) : sql`false`;
	const stops = q.stopWords.map((w, i) => sql`bool_or(${hasWord(sql`m.folded_names`, w)}) as ${ident(`stop${i}`)}`);

	// score, summed in ranking.ts's order so that the float8 sums are the same numbers
	let score: SQL = sql`0::float8`;
	q.words.forEach((_, i) => (score = sql`${score} + r0.${s(i)}`));
	score = sql`${score} + (case when r0.product_hits > 1 then 0.02::float8 * least(5, r0.product_hits - 1) else 0::float8 end)`;
	score = sql`${score} + (case when r0.place_name then 0.3::float8 else 0::float8 end)`;
	score = sql`${score} + (case when r0.locality then 0.2::float8 else 0::float8 end)`;
	q.stopWords.forEach((_, i) => (score = sql`${score} + (case when r0.${ident(`stop${i}`)} then 0.01::float8 else 0::float8 end)`));

	const passType = f.types.length ? sql`r.result_type::text = any(${textArray(f.types)})` : TRUE;
	const passKind = f.kinds.length ? sql`r.kind = any(${textArray(f.kinds)})` : TRUE;
	const flags = {
		type: passType,
		category: f.categoryIds ? sql`r.category_ids && ${sqlIntArray(f.categoryIds)}` : TRUE,
		kind: passKind,
		label: f.labelIds ? sql`r.label_ids && ${sqlIntArray(f.labelIds)}` : TRUE,
		region: f.regionIds ? sql`r.region_ids && ${sqlIntArray(f.regionIds)}` : TRUE,
		municipality: f.municipalityIds ? sql`r.municipality_ids && ${sqlIntArray(f.municipalityIds)}` : TRUE,
		open: f.openNow ? sql`r.open` : TRUE
	};
	const except = (name: keyof typeof flags) => allOf(Object.entries(flags).flatMap(([k, v]) => (k === name ? [] : [v])));
	const all = allOf(Object.values(flags));

	const byName = sql`sort_key collate "C", result_id`;
	const order =
		q.sort === 'distance' && q.origin
			? sql`dist asc nulls last, score desc, ${byName}`
			: q.sort === 'name'
				? byName
				: sql`score desc, dist asc nulls last, tie asc nulls last, ${byName}`;
	const pageSql = q.single
		? sql`select result_type, result_id from r where ${all} and result_type = ${q.single.type} order by ${order} offset ${q.single.offset} limit ${q.single.limit}`
		: sql`select result_type, result_id from (select result_type, result_id, row_number() over (partition by result_type order by ${order}) as rn from r where ${all}) x
				where rn <= case result_type ${sql.join(
					Object.entries(q.groupSize).map(([t, n]) => sql`when ${t} then ${n}`),
					sql` `
				)} else 0 end order by result_type, rn`;
	// per value, the results that pass every other filter (a result's category array may repeat an id)
	const counts = (expr: SQL, where: SQL, from: SQL = sql`r`, distinct = false) =>
		sql`coalesce((select json_agg(json_build_array(k, n)) from (select ${expr} as k, ${distinct ? sql`count(distinct r.result_id)` : sql`count(*)`} as n from ${from} where ${where} group by 1) c), '[]'::json)`;
	const radius = q.origin && q.radiusSteps.length
		? sql`json_build_array(${sql.join(
				q.radiusSteps.map((km) => sql`(select count(*) from r where ${all} and r.dist <= ${km})`),
				sql`, `
			)})`
		: sql`'[]'::json`;

	const statement = sql`
		with m as materialized (
			select m0.*${floored.length ? sql`, ${sql.join(floored, sql`, `)}` : sql``} from (
			select ${d.resultType} as result_type, ${d.resultId} as result_id, ${d.entityType} as entity_type, ${d.kind} as kind,
				${d.categoryIds} as category_ids, ${d.labelIds} as label_ids, ${d.regionIds} as region_ids, ${d.municipalityIds} as municipality_ids,
				${d.localityId} as locality_id, ${d.sortKey} as sort_key, ${d.foldedNames} as folded_names,
				coalesce(${d.openWeek} @> ${Math.trunc(q.minute)}::int, false) as open,
				${dist} as dist, ${tie} as tie, ${placeName} as place_name
				${words.length ? sql`, ${sql.join(words, sql`, `)}` : sql``}
			from ${d} where ${documentWhere(q)} offset 0) m0
		), r0 as (
			select result_type, result_id, min(kind) as kind,
				${sql.join(q.words.map((_, i) => sql`max(${wordScore(i)}) as ${s(i)}, `), sql``)}
				count(*) filter (where entity_type = 'product' and ${docScore} > 0) as product_hits,
				bool_or(entity_type <> 'product' and place_name) as place_name,
				${q.placeLocalityIds.length ? sql`bool_or(locality_id = any(${sqlIntArray(q.placeLocalityIds)}))` : sql`false`} as locality,
				${stops.length ? sql`${sql.join(stops, sql`, `)},` : sql``}
				array_concat_agg(m.category_ids) as category_ids,
				max(label_ids) as label_ids, max(region_ids) as region_ids, max(municipality_ids) as municipality_ids,
				bool_or(open) as open, min(dist) as dist, min(tie) as tie,
				coalesce(min(sort_key collate "C") filter (where entity_type <> 'product'), min(sort_key collate "C")) as sort_key
			from m group by result_type, result_id
			${q.words.length ? sql`having ${allOf(q.words.map((_, i) => sql`max(${wordScore(i)}) > 0`))}` : sql``}
		), r as materialized (
			select r0.*, floor((${score}) * 1000 + 0.5) / 1000 as score from r0
		)
		select
			(select count(*) from r) as matched,
			${counts(sql`r.result_type::text`, all)} as totals,
			coalesce((select json_agg(json_build_array(p.result_type, p.result_id)) from (${pageSql}) p), '[]'::json) as page,
			${counts(sql`r.result_type::text`, except('type'))} as f_type,
			${counts(sql`r.kind`, except('kind'))} as f_kind,
			${counts(sql`c.id`, except('category'), sql`r cross join unnest(r.category_ids) as c(id)`, true)} as f_category,
			${counts(sql`c.id`, except('label'), sql`r cross join unnest(r.label_ids) as c(id)`)} as f_label,
			${counts(sql`c.id`, except('region'), sql`r cross join unnest(r.region_ids) as c(id)`)} as f_region,
			${counts(sql`c.id`, except('municipality'), sql`r cross join unnest(r.municipality_ids) as c(id)`)} as f_municipality,
			(select count(*) from r where ${except('open')} and r.open) as f_open,
			${radius} as f_radius`;
	const [row] = ((await db.execute(statement)) as unknown as { rows: Record<string, unknown>[] }).rows;
	const pairs = (v: unknown) => new Map((json(v) as [string | number, number | string][]).map(([k, n]) => [String(k), Number(n)]));
	const radiusCounts = json(row.f_radius) as (number | string)[];
	return {
		matched: Number(row.matched),
		totals: pairs(row.totals) as Map<ResultType, number>,
		page: (json(row.page) as [ResultType, string][]).map(([type, id]) => ({ type, id })),
		facets: {
			type: pairs(row.f_type),
			kind: pairs(row.f_kind),
			category: pairs(row.f_category),
			label: pairs(row.f_label),
			region: pairs(row.f_region),
			municipality: pairs(row.f_municipality),
			open: Number(row.f_open),
			radius: new Map(q.radiusSteps.map((km, i) => [km, Number(radiusCounts[i] ?? 0)]))
		}
	};
}

/** node-postgres parses json columns; PGlite may hand back text. */
function json(v: unknown): unknown {
	return typeof v === 'string' ? JSON.parse(v) : (v ?? []);
}
