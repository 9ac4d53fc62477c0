/** All SQL on search_documents (matching, display rows, autocomplete). */
import { and, desc, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { searchDocuments as d, searchProductNames as pn } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText, OpeningInterval } from '$lib/domain/types';

/** One way a query word can be found: its stem, a prefix of it, or a typo correction. */
export type Variant = { stem: string; prefix: boolean };

/** A query word as SQL sees it: any of its variants in the text, or one of its categories. */
export type WordCondition = { variants: Variant[]; categoryIds: readonly number[] };

export type MatchQuery = {
	words: WordCondition[];
	/** The place filter from place words (union of areas); null: anywhere. */
	area: { municipalityIds: number[]; regionIds: number[] } | null;
	/** Point for distance (sorting the capped list and the radius filter). */
	origin: { lat: number; lng: number } | null;
	radiusKm: number | null;
	/** Minute of the ISO week in Riga, for open-now. */
	minute: number;
	order: 'relevance' | 'distance' | 'name';
	cap: number;
	/** Only the documents of these results (the page ranked-repository.ts chose). */
	resultIds?: readonly string[];
};

export type MatchRow = {
	entityType: string;
	entityId: string;
	resultType: string;
	resultId: string;
	kind: string;
	categoryIds: number[];
	labelIds: number[];
	regionIds: number[];
	municipalityIds: number[];
	localityId: number | null;
	lat: number | null;
	lng: number | null;
	open: boolean;
	sortKey: string;
	foldedNames: string;
	rawNames: string;
	nameStems: string;
	/** Per word and variant (in order), whether the descriptions have it. */
	bodyHits: boolean[];
};

/** tsquery text for stems (letters only, quoted anyway), optionally restricted to weights. */
export function tsqueryText(variants: readonly Variant[], weights = ''): string {
	return variants.map((v) => `'${v.stem.replace(/'/g, "''")}':${v.prefix ? '*' : ''}${weights}`.replace(/:$/, '')).join(' | ');
}

const tsq = (text: string) => sql`to_tsquery('simple', ${text})`;

function wordSql(w: WordCondition, weights = ''): SQL {
	const text = w.variants.length ? sql`${d.tsv} @@ ${tsq(tsqueryText(w.variants, weights))}` : sql`false`;
	return w.categoryIds.length ? sql`(${text} or ${d.categoryIds} && ${sqlIntArray(w.categoryIds)})` : sql`(${text})`;
}

export function sqlIntArray(ids: readonly number[]): SQL {
	return sql`array[${sql.join(
		ids.map((id) => sql`${Math.trunc(id)}`),
		sql`, `
	)}]::int[]`;
}

/** Great-circle distance in km from a point to the document's public point (plain math: both engines). */
export function distanceSql(origin: { lat: number; lng: number }): SQL<number> {
	return sql<number>`(6371.0088 * 2 * asin(least(1, sqrt(
		power(sin(radians(${d.lat} - ${origin.lat}) / 2), 2) +
		cos(radians(${origin.lat})) * cos(radians(${d.lat})) * power(sin(radians(${d.lng} - ${origin.lng}) / 2), 2)))))`;
}

/**
 * Documents matching the query: every word must be satisfied by some document of the same result
 * (a producer is found by "Bitenieki medus" through its name and a product), each returned
 * document matches at least one word. Without words: every listing (not products) in the area.
 */
export async function matchDocuments(db: Db, q: MatchQuery): Promise<MatchRow[]> {
	const conditions: (SQL | undefined)[] = [];
	if (q.words.length) {
		conditions.push(or(...q.words.map((w) => wordSql(w))));
		if (q.words.length > 1 && !q.resultIds) {
			for (const w of q.words) conditions.push(sql`${d.resultId} in (select ${d.resultId} from ${d} where ${wordSql(w)})`);
		}
	} else {
		conditions.push(ne(d.entityType, 'product'));
	}
	if (q.resultIds) conditions.push(q.resultIds.length ? and(inArray(d.resultType, ['producer', 'sales_point', 'organisation', 'place']), inArray(d.resultId, [...q.resultIds])) : sql`false`);
	if (q.area) {
		const parts: SQL[] = [];
		if (q.area.municipalityIds.length) parts.push(sql`${d.municipalityIds} && ${sqlIntArray(q.area.municipalityIds)}`);
		if (q.area.regionIds.length) parts.push(sql`${d.regionIds} && ${sqlIntArray(q.area.regionIds)}`);
		conditions.push(parts.length ? or(...parts) : sql`false`);
	}
	const distance = q.origin ? distanceSql(q.origin) : null;
	if (q.origin && q.radiusKm !== null && distance) {
		// a bounding box first (indexable), then the exact distance
		const dLat = q.radiusKm / 111.2;
		const dLng = q.radiusKm / (111.2 * Math.max(0.05, Math.cos((q.origin.lat * Math.PI) / 180)));
		conditions.push(sql`${d.lat} between ${q.origin.lat - dLat} and ${q.origin.lat + dLat}`);
		conditions.push(sql`${d.lng} between ${q.origin.lng - dLng} and ${q.origin.lng + dLng}`);
		conditions.push(sql`${distance} <= ${q.radiusKm}`);
	}

	const bodyHits = q.words.flatMap((w) => w.variants.map((v) => sql`${d.tsv} @@ ${tsq(tsqueryText([v], 'C'))}`));
	const anyText = q.words.flatMap((w) => w.variants);
	const order: SQL[] =
		q.order === 'distance' && distance
			? [sql`${distance} asc nulls last`]
			: q.order === 'relevance' && anyText.length
				? [sql`ts_rank(${d.tsv}, ${tsq(tsqueryText(anyText))}) desc`]
				: [];
	order.push(sql`${d.sortKey} collate "C"`, sql`${d.entityId}`);

	const rows = await db
		.select({
			entityType: d.entityType,
			entityId: d.entityId,
			resultType: d.resultType,
			resultId: d.resultId,
			kind: d.kind,
			categoryIds: d.categoryIds,
			labelIds: d.labelIds,
			regionIds: d.regionIds,
			municipalityIds: d.municipalityIds,
			localityId: d.localityId,
			lat: d.lat,
			lng: d.lng,
			open: sql<boolean>`coalesce(${d.openWeek} @> ${Math.trunc(q.minute)}::int, false)`,
			sortKey: d.sortKey,
			foldedNames: d.foldedNames,
			rawNames: d.rawNames,
			nameStems: d.nameStems,
			bodyHits: bodyHits.length ? sql<boolean[]>`array[${sql.join(bodyHits, sql`, `)}]` : sql<boolean[]>`array[]::boolean[]`
		})
		.from(d)
		.where(and(...conditions))
		.orderBy(...order)
		.limit(q.cap);
	return rows.map((r) => ({ ...r, open: toBool(r.open), bodyHits: (r.bodyHits ?? []).map(toBool) }));
}

/** node-postgres gives booleans; arrays of booleans may come back as text on some paths. */
function toBool(v: unknown): boolean {
	return v === true || v === 't' || v === 'true';
}

export type DisplayRow = {
	entityType: string;
	entityId: string;
	resultType: string;
	resultId: string;
	slug: string;
	externalId: string | null;
	kind: string;
	name: string;
	nameI18n: LocalizedText;
	body: LocalizedText | null;
	municipalityId: number;
	localityId: number | null;
	lat: number | null;
	lng: number | null;
	hours: OpeningInterval[];
	isDemo: boolean;
};

/** What the result list shows, for a page of documents. */
export async function displayRows(db: Db, keys: readonly { entityType: string; entityId: string }[]): Promise<DisplayRow[]> {
	if (keys.length === 0) return [];
	return db
		.select({
			entityType: d.entityType,
			entityId: d.entityId,
			resultType: d.resultType,
			resultId: d.resultId,
			slug: d.slug,
			externalId: d.externalId,
			kind: d.kind,
			name: d.name,
			nameI18n: d.nameI18n,
			body: d.body,
			municipalityId: d.municipalityId,
			localityId: d.localityId,
			lat: d.lat,
			lng: d.lng,
			hours: d.hours,
			isDemo: d.isDemo
		})
		.from(d)
		.where(inArray(d.entityId, [...new Set(keys.map((k) => k.entityId))]));
}

export type SuggestRow = { entityType: string; resultType: string; slug: string; name: string; nameI18n: LocalizedText; municipalityId: number; foldedName: string };

/**
 * Listings whose name starts with the folded prefix (partial btree, text_pattern_ops), then those
 * with a word starting with it ("kalnm" → Z/S "Kalnmuižas") through the partial trigram index;
 * product names from the small table of distinct names (search_product_names) the same two ways.
 */
/** Names read per query before ordering them (bounds the work for a common prefix such as "ka"). */
const PREFIX_WINDOW = 200;

export async function suggestNames(db: Db, folded: string, limit: number): Promise<SuggestRow[]> {
	const escaped = folded.replace(/[\\%_]/g, (c) => `\\${c}`);
	const listing = sql`${d.entityType} <> 'product'`;
	const columns = { entityType: d.entityType, resultType: d.resultType, slug: d.slug, name: d.name, nameI18n: d.nameI18n, municipalityId: d.municipalityId, foldedName: d.foldedName, sortKey: d.sortKey };
	const productColumns = {
		entityType: sql<string>`'product'`,
		resultType: sql<string>`'producer'`,
		slug: sql<string>`''`,
		name: pn.name,
		nameI18n: pn.nameI18n,
		municipalityId: sql<number>`0`,
		foldedName: pn.foldedName,
		sortKey: pn.foldedName
	};
	const [names, productNames] = await Promise.all([
		// the first names in index order (btree range, stops early), the shortest of them first
		db
			.select()
			.from(
				db
					.select(columns)
					.from(d)
					.where(and(listing, sql`${d.foldedName} ~>=~ ${folded}`, sql`${d.foldedName} ~<~ ${folded + '\u{10FFFF}'}`))
					.orderBy(sql`${d.foldedName} collate "C"`)
					.limit(PREFIX_WINDOW)
					.as('names')
			)
			.orderBy(sql`length(folded_name)`, sql`sort_key collate "C"`)
			.limit(limit * 3),
		db
			.select(productColumns)
			.from(pn)
			.where(sql`${pn.foldedName} like ${escaped + '%'}`)
			.orderBy(sql`length(${pn.foldedName})`, desc(pn.docs), pn.foldedName)
			.limit(limit * 3)
	]);
	const prefix = [...names, ...productNames];
	if (names.length >= limit * 3 || [...folded].length < 3) return prefix;
	const wordStart = new RegExp(`(^|[^\\p{L}\\p{N}])${folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
	const inner = sql`like ${'%' + escaped + '%'}`;
	const notPrefix = sql`not like ${escaped + '%'}`;
	const [innerNames, innerProducts] = await Promise.all([
		// no ORDER BY: the trigram bitmap stops at the window instead of sorting every match
		db
			.select(columns)
			.from(d)
			.where(and(listing, sql`${d.foldedName} ${inner}`, sql`${d.foldedName} ${notPrefix}`))
			.limit(PREFIX_WINDOW)
			.then((rows) => rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0)).slice(0, limit * 6)),
		productNames.length >= 3
			? []
			: db
					.select(productColumns)
					.from(pn)
					.where(and(sql`${pn.foldedName} ${inner}`, sql`${pn.foldedName} ${notPrefix}`))
					.orderBy(desc(pn.docs), pn.foldedName)
					.limit(limit * 6)
	]);
	return [...prefix, ...[...innerNames, ...innerProducts].filter((r) => wordStart.test(r.foldedName))];
}
