/** All SQL on search_documents (matching, display rows, autocomplete). */
import { and, desc, inArray, sql } from 'drizzle-orm';
import { searchDocuments as d, searchProductNames as pn } from '../db/schema';
import { preparedPer } from '../db/prepared';
import type { Db } from '../db/types';
import type { LocalizedText, LocationPrecision } from '../../domain/types';
import { RESULT_ORDER } from './document-kinds';
import type { DocumentPlacement } from './memory-index';

/** One way a query word can be found: its stem, a prefix of it, or a typo correction. */
export type Variant = { stem: string; prefix: boolean };

/** A query word as SQL sees it: any of its variants in the text, or one of its categories. */
export type WordCondition = { variants: Variant[]; categoryIds: readonly number[] };

/** The documents of a page of results (engine.ts chose them), to explain their matches. */
export type PageQuery = {
	words: WordCondition[];
	resultIds: readonly string[];
};

/** A listing's document on the page: how it matches, and what the result list shows. */
export type ListingRow = Pick<DocumentPlacement, 'categoryIds' | 'localityId' | 'lat' | 'lng'> & {
	entityType: string;
	entityId: string;
	resultType: string;
	resultId: string;
	kind: string;
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
	/** opening_hours values (a producer's: its sales points'). */
	hours: string[] | null;
	isDemo: boolean;
};

/**
 * A product's document on the page: its names (to explain the match and to be listed under its
 * producer) and its description only when a description word is found in it (only then does a
 * snippet show it). Where it is and what it links to are its producer's row's.
 */
export type ProductRow = Pick<ListingRow, 'entityType' | 'entityId' | 'resultType' | 'resultId' | 'categoryIds' | 'foldedNames' | 'rawNames' | 'nameStems' | 'bodyHits' | 'nameI18n' | 'body'>;

export type MatchRow = ListingRow | ProductRow;

export const isListingRow = <R extends MatchRow>(row: R): row is R & ListingRow => row.entityType !== 'product';

/** tsquery text for stems (letters only, quoted anyway), optionally restricted to weights. */
export function tsqueryText(variants: readonly Variant[], weights = ''): string {
	return variants.map((v) => `'${v.stem.replace(/'/g, "''")}':${v.prefix ? '*' : ''}${weights}`.replace(/:$/, '')).join(' | ');
}


/**
 * The documents of these results — the listings, and the products that match a word — with each
 * word variant's description hit and what the list shows: one round trip for the page. The
 * result index finds them; the page is a few dozen results. One statement text whatever the
 * words (the ids, the match and the description queries are array parameters), prepared once
 * per connection: planning it each time cost more than running it (1.5 ms at 100k producers).
 * The tsqueries arrive as tsquery parameters (typed by their casts, read once when the statement is
 * bound): `to_tsquery(text)` there was parsed again for every row and every word variant — a
 * quarter of the statement's time on a page of a hundred product rows.
 */
const pageStatement = preparedPer((db) => {
	const ids = sql.placeholder('ids');
	const match = sql.placeholder('match');
	const categories = sql.placeholder('categories');
	const bodies = sql.placeholder('bodies');
	const anyBody = sql.placeholder('anyBody');
	// one JSON object per row, parsed natively: the ORM's column-by-column mapping and the drivers'
	// array parsers were most of a search's garbage (issue 14's memory)
	const product = {
		entityType: d.entityType,
		entityId: d.entityId,
		resultType: d.resultType,
		resultId: d.resultId,
		categoryIds: d.categoryIds,
		foldedNames: d.foldedNames,
		rawNames: d.rawNames,
		nameStems: d.nameStems,
		bodyHits: sql`array(select ${d.tsv} @@ q.query from unnest(${bodies}::tsquery[]) with ordinality as q(query, i) order by q.i)`,
		nameI18n: d.nameI18n,
		// a product's description only when a description word is in it (most are not shown)
		body: sql`case when ${d.tsv} @@ ${anyBody}::tsquery then ${d.body} end`
	} satisfies Record<keyof ProductRow, unknown>;
	const listing = {
		...product,
		body: d.body,
		kind: d.kind,
		localityId: d.localityId,
		lat: d.lat,
		lng: d.lng,
		sortKey: d.sortKey,
		slug: d.slug,
		externalId: d.externalId,
		name: d.name,
		municipalityId: d.municipalityId,
		locationPrecision: d.locationPrecision,
		publicAddress: d.publicAddress,
		hours: d.hours,
		isDemo: d.isDemo
	} satisfies Record<keyof ListingRow, unknown>;
	const object = (fields: Record<string, unknown>) =>
		sql`json_build_object(${sql.join(
			Object.entries(fields).map(([key, value]) => sql`${sql.raw(`'${key}'`)}, ${value}`),
			sql`, `
		)})`;
	// a product's row without its producer's display fields (the producer's own row has them): most
	// of a page's rows are products, and those fields were a third of what was read and parsed
	const json = sql<MatchRow>`case when ${d.entityType} = 'product' then ${object(product)} else ${object(listing)} end`;
	return db
		.select({ row: json })
		.from(d)
		.where(
			and(
				// the registered kinds (fixed once the app has started, so the statement keeps its text)
				inArray(d.resultType, [...RESULT_ORDER] as (typeof d.resultType.enumValues)[number][]),
				sql`${d.resultId} = any(${ids}::uuid[])`,
				// products only where they match a word (a null match matches nothing): the rest explain nothing
				sql`(${d.entityType} <> 'product' or ${d.tsv} @@ ${match}::tsquery or ${d.categoryIds} && ${categories}::int[])`
			)
		)
		.orderBy(sql`${d.sortKey} collate "C"`, d.entityId)
		.prepare('search_page_documents');
});

/**
 * Results per statement: a page's documents are read in parts sent at once, so PostgreSQL builds
 * them on several connections (the box's other core) while this process reads the first part's
 * rows. A page of 24 in three parts waited 0.6–0.7 ms less at the median than in one statement
 * (paired in one process, bench/README.md "2026-12-07, night"); on the embedded database the parts
 * run one after another on its one connection.
 */
const RESULTS_PER_STATEMENT = 8;

/**
 * The page's documents, one promise per part (in the engine's order of results): the caller can
 * explain a part's results while PostgreSQL still builds the next ones.
 */
export function pageDocumentParts(db: Db, q: PageQuery): Promise<MatchRow[]>[] {
	if (q.resultIds.length === 0) return [];
	const statement = pageStatement(db);
	const variants = q.words.flatMap((w) => w.variants);
	const shared = {
		match: variants.length ? tsqueryText(variants) : null,
		categories: [...new Set(q.words.flatMap((w) => w.categoryIds.map((id) => Math.trunc(id))))],
		bodies: variants.map((v) => tsqueryText([v], 'C')),
		// a product's description is shown when any variant is in it (null: no words, none is)
		anyBody: variants.length ? tsqueryText(variants, 'C') : null
	};
	const parts: Promise<MatchRow[]>[] = [];
	// each result's documents are in one part, in the statement's order
	for (let i = 0; i < q.resultIds.length; i += RESULTS_PER_STATEMENT) {
		const ids = q.resultIds.slice(i, i + RESULTS_PER_STATEMENT);
		// completed in place: a page has hundreds of rows, and copies of them are garbage the search
		// keeps across its SQL wait (promoted to the old generation, issue 14's memory)
		const part = statement.execute({ ...shared, ids }).then((rows) =>
			rows.map(({ row }) => {
				row.bodyHits ??= [];
				return row;
			})
		);
		// awaited by the caller; one that failed is not also an unhandled rejection while another is awaited
		part.catch(() => undefined);
		parts.push(part);
	}
	return parts;
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
