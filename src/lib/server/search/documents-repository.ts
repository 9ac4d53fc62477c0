/** All SQL on search_documents (matching, display rows, autocomplete). */
import { and, desc, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { searchDocuments as d, searchProductNames as pn } from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/types';
import type { LocalizedText, LocationPrecision, OpeningInterval } from '$lib/domain/types';

/** One way a query word can be found: its stem, a prefix of it, or a typo correction. */
export type Variant = { stem: string; prefix: boolean };

/** A query word as SQL sees it: any of its variants in the text, or one of its categories. */
export type WordCondition = { variants: Variant[]; categoryIds: readonly number[] };

/** The documents of a page of results (engine.ts chose them), to explain their matches. */
export type PageQuery = {
	words: WordCondition[];
	/** Minute of the ISO week in Riga, for open-now. */
	minute: number;
	resultIds: readonly string[];
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
	/** What the result list shows. */
	slug: string;
	externalId: string | null;
	name: string;
	nameI18n: LocalizedText;
	body: LocalizedText | null;
	municipalityId: number;
	locationPrecision: LocationPrecision;
	publicAddress: string | null;
	hours: OpeningInterval[];
	isDemo: boolean;
};

/** tsquery text for stems (letters only, quoted anyway), optionally restricted to weights. */
export function tsqueryText(variants: readonly Variant[], weights = ''): string {
	return variants.map((v) => `'${v.stem.replace(/'/g, "''")}':${v.prefix ? '*' : ''}${weights}`.replace(/:$/, '')).join(' | ');
}

const tsq = (text: string) => sql`to_tsquery('simple', ${text})`;

export function sqlIntArray(ids: readonly number[]): SQL {
	return sql`array[${sql.join(
		ids.map((id) => sql`${Math.trunc(id)}`),
		sql`, `
	)}]::int[]`;
}

/**
 * The documents of these results — the listings, and the products that match a word — with each
 * word variant's description hit and what the list shows: one round trip for the page. The
 * result index finds them; the page is a few dozen results.
 */
export async function pageDocuments(db: Db, q: PageQuery): Promise<MatchRow[]> {
	if (q.resultIds.length === 0) return [];
	const conditions: SQL[] = [
		inArray(d.resultType, ['producer', 'sales_point', 'organisation', 'place']),
		inArray(d.resultId, [...q.resultIds])
	];
	// products only where they match a word: the rest explain nothing (a producer has dozens)
	const productMatches = q.words.flatMap((w) => [
		...(w.variants.length ? [sql`${d.tsv} @@ ${tsq(tsqueryText(w.variants))}`] : []),
		...(w.categoryIds.length ? [sql`${d.categoryIds} && ${sqlIntArray(w.categoryIds)}`] : [])
	]);
	conditions.push(productMatches.length ? sql`(${d.entityType} <> 'product' or ${sql.join(productMatches, sql` or `)})` : ne(d.entityType, 'product'));
	const bodyHits = q.words.flatMap((w) => w.variants.map((v) => sql`${d.tsv} @@ ${tsq(tsqueryText([v], 'C'))}`));
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
			bodyHits: bodyHits.length ? sql<boolean[]>`array[${sql.join(bodyHits, sql`, `)}]` : sql<boolean[]>`array[]::boolean[]`,
			slug: d.slug,
			externalId: d.externalId,
			name: d.name,
			nameI18n: d.nameI18n,
			body: d.body,
			municipalityId: d.municipalityId,
			locationPrecision: d.locationPrecision,
			publicAddress: d.publicAddress,
			hours: d.hours,
			isDemo: d.isDemo
		})
		.from(d)
		.where(and(...conditions))
		.orderBy(sql`${d.sortKey} collate "C"`, d.entityId);
	return rows.map((r) => ({ ...r, open: toBool(r.open), bodyHits: (r.bodyHits ?? []).map(toBool) }));
}

/** node-postgres gives booleans; arrays of booleans may come back as text on some paths. */
function toBool(v: unknown): boolean {
	return v === true || v === 't' || v === 'true';
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
