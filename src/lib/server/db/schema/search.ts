import {
	bigint,
	boolean,
	customType,
	date,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { locationPrecision, type LocalizedText } from './common';
import { territories } from './territories';

/** PostgreSQL full-text vector; built from our own Latvian stems with the 'simple' configuration. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const searchEntityType = pgEnum('search_entity_type', ['producer', 'product', 'sales_point', 'organisation', 'place', 'library_item']);

/**
 * One row per searchable thing, rebuilt by src/lib/server/search/indexer.ts from the published
 * rows. Only public facts go in: the locality only when the owner shows it, and the public point
 * (house, locality centre or municipality centre) — never a hidden house.
 */
export const searchDocuments = pgTable(
	'search_documents',
	{
		entityType: searchEntityType('entity_type').notNull(),
		entityId: uuid('entity_id').notNull(),
		/** What a hit shows as: a product hit is shown as its producer. */
		resultType: searchEntityType('result_type').notNull(),
		resultId: uuid('result_id').notNull(),
		producerId: uuid('producer_id'),
		/** Slug of the result page (the producer's for a product). */
		slug: text('slug').notNull(),
		externalId: text('external_id'),
		/** Producer, sales point, organisation or place kind (a product carries its producer's). */
		kind: text('kind').notNull(),
		name: text('name').notNull(),
		nameI18n: jsonb('name_i18n').$type<LocalizedText>().notNull(),
		/** foldText(name): autocomplete of listings' names (partial btree prefix and trigram indexes). */
		foldedName: text('folded_name').notNull(),
		sortKey: text('sort_key').notNull(),
		/** Folded words of the names (all languages), to tell an exact word from a stem hit. */
		foldedNames: text('folded_names').notNull(),
		/** Lower-case names with diacritics, so a query typed with them ranks exact spellings first. */
		rawNames: text('raw_names').notNull(),
		/** stemLatvian() of the raw name words: "exact diacritic spelling" in SQL (score-sql.ts). */
		rawStems: text('raw_stems').notNull().default(''),
		/** Stems of the names / of the descriptions, space-separated (tokenizeForSearch). */
		nameStems: text('name_stems').notNull(),
		bodyStems: text('body_stems').notNull(),
		/** Descriptions (and similar free text) for snippets. */
		body: jsonb('body').$type<LocalizedText>(),
		tsv: tsvector('tsv').notNull(),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => territories.id),
		/** The municipality and, for organisations, every municipality they serve. */
		municipalityIds: integer('municipality_ids').array().notNull(),
		regionIds: integer('region_ids').array().notNull(),
		/** Only when the location precision shows the locality. */
		localityId: integer('locality_id').references(() => territories.id),
		/** How precisely the listing shows where it is, and its address only when that is exact. */
		locationPrecision: locationPrecision('location_precision').notNull().default('municipality'),
		publicAddress: text('public_address'),
		/** The public point (publicLocation), never a hidden house. */
		lat: doublePrecision('lat'),
		lng: doublePrecision('lng'),
		categoryIds: integer('category_ids').array().notNull(),
		labelIds: integer('label_ids').array().notNull(),
		/** OpenStreetMap opening_hours values it is open by (a producer: its sales points'). */
		hours: jsonb('hours').$type<string[]>().notNull(),
		isDemo: boolean('is_demo').notNull(),
		indexedAt: timestamp('indexed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.entityType, t.entityId] }),
		index('search_documents_tsv_idx').using('gin', t.tsv),
		index('search_documents_result_idx').on(t.resultType, t.resultId),
		index('search_documents_producer_idx').on(t.producerId),
		index('search_documents_municipalities_idx').using('gin', t.municipalityIds),
		index('search_documents_categories_idx').using('gin', t.categoryIds),
		index('search_documents_labels_idx').using('gin', t.labelIds),
		index('search_documents_lat_idx').on(t.lat, t.lng),
		// a search without words reads listings only
		index('search_documents_listing_idx')
			.on(t.resultType)
			.where(sql`${t.entityType} <> 'product'`),
		// autocomplete over listings' names only (a million product names are in search_product_names)
		index('search_documents_listing_name_prefix_idx')
			.on(t.foldedName.op('text_pattern_ops'))
			.where(sql`${t.entityType} <> 'product'`),
		index('search_documents_listing_name_trgm_idx')
			.using('gin', t.foldedName.op('gin_trgm_ops'))
			.where(sql`${t.entityType} <> 'product'`)
	]
);

/**
 * One row per search result (a producer with its products folded in, a sales point, an
 * organisation, a place), derived from search_documents by SQL (view search_results_source,
 * migration 0011): what each app process loads into its in-memory search index
 * (src/lib/server/search/memory-index.ts), which matches, scores, filters and counts facets.
 * Word lists are space-separated folded words and Latvian stems.
 */
export const searchResults = pgTable(
	'search_results',
	{
		resultType: searchEntityType('result_type').notNull(),
		resultId: uuid('result_id').notNull(),
		kind: text('kind').notNull(),
		sortKey: text('sort_key').notNull(),
		/** Folded words of the listing's names / of its products' names (space-separated). */
		names: text('names').notNull(),
		productNames: text('product_names').notNull(),
		/** stemLatvian() of the raw (diacritic) name words: listing / products. */
		rawStems: text('raw_stems').notNull(),
		productRawStems: text('product_raw_stems').notNull(),
		/** Stems of the listing's names (space-separated; products' in product_name_stems). */
		nameStems: text('name_stems').notNull(),
		/** Stems of the listing's and its products' descriptions. */
		bodyStems: text('body_stems').notNull(),
		/**
		 * Each product's name stems / categories, one entry per product: a producer with several
		 * matching products ranks a little higher (array_positions counts them, score-sql.ts).
		 */
		productNameStems: text('product_name_stems').array().notNull(),
		productCategoryIds: integer('product_category_ids').array().notNull(),
		categoryIds: integer('category_ids').array().notNull(),
		labelIds: integer('label_ids').array().notNull(),
		regionIds: integer('region_ids').array().notNull(),
		municipalityIds: integer('municipality_ids').array().notNull(),
		localityId: integer('locality_id'),
		lat: doublePrecision('lat'),
		lng: doublePrecision('lng'),
		/** opening_hours values, evaluated once a minute in each process (memory-index.ts openAt). */
		hours: jsonb('hours').$type<string[]>().notNull().default([]),
		/** search_index_state.generation of the change that wrote this row (search/memory-index.ts reads the news). */
		generation: bigint('generation', { mode: 'number' }).notNull().default(0)
	},
	(t) => [
		primaryKey({ columns: [t.resultType, t.resultId] }),
		index('search_results_generation_idx').on(t.generation)
	]
);

/**
 * One row: the index's generation, raised by every change to search_results in the same
 * transaction (the row lock orders concurrent changes by commit), and the generation of the last
 * full rebuild. Each app process keeps its in-memory copy of the results (search/memory-index.ts)
 * and reads only what changed since the generation it has.
 */
export const searchIndexState = pgTable('search_index_state', {
	id: integer('id').primaryKey(),
	generation: bigint('generation', { mode: 'number' }).notNull(),
	fullGeneration: bigint('full_generation', { mode: 'number' }).notNull()
});

/** Results that left the index (unpublished, deleted), by the generation that removed them. */
export const searchRemovals = pgTable(
	'search_removals',
	{
		resultId: uuid('result_id').notNull(),
		generation: bigint('generation', { mode: 'number' }).notNull()
	},
	(t) => [index('search_removals_generation_idx').on(t.generation)]
);

/**
 * Distinct product names of the index (a few thousand rows for a million products), for
 * autocomplete: "med" → "Liepziedu medus" once, not once per producer. Rebuilt with the documents.
 */
export const searchProductNames = pgTable(
	'search_product_names',
	{
		foldedName: text('folded_name').primaryKey(),
		name: text('name').notNull(),
		nameI18n: jsonb('name_i18n').$type<LocalizedText>().notNull(),
		/** Products with this name. */
		docs: integer('docs').notNull()
	},
	(t) => [
		index('search_product_names_prefix_idx').on(t.foldedName.op('text_pattern_ops')),
		index('search_product_names_trgm_idx').using('gin', t.foldedName.op('gin_trgm_ops'))
	]
);

/**
 * Every folded word of the index with its stem: the vocabulary (a few thousand short rows) that
 * each process's memory index keeps for typo correction.
 */
export const searchTerms = pgTable(
	'search_terms',
	{
		term: text('term').primaryKey(),
		stem: text('stem').notNull(),
		docs: integer('docs').notNull().default(0),
		/**
		 * A catalogue word: in product names of producers in two or more municipalities ("malta"
		 * gaļa, "liepu" medus). Such words are never read as place names (Maltas pagasts).
		 */
		catalogue: boolean('catalogue').notNull().default(false)
	}
);

/**
 * Searches that found nothing or little (issue 20's unmet demand; written by insight/demand-log.ts).
 * Anonymous on purpose: the normalized query, its need key (folded stems), category, filters, the
 * municipality searched in and the day — no time, IP, user or session. `dedupe_key` is a hash with
 * a daily salt that is deleted when the day is over: it only makes one session's repeats count once.
 */
export const searchMisses = pgTable(
	'search_misses',
	{
		id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
		day: date('day').notNull(),
		query: text('query').notNull(),
		filters: jsonb('filters').$type<Record<string, unknown>>().notNull(),
		municipalityId: integer('municipality_id').references(() => territories.id),
		resultCount: integer('result_count').notNull().default(0),
		needKey: text('need_key').notNull().default(''),
		/** The need's words as typed, folded, without place words: what staff read. */
		needLabel: text('need_label').notNull().default(''),
		categoryId: integer('category_id'),
		dedupeKey: text('dedupe_key'),
		isDemo: boolean('is_demo').notNull().default(false)
	},
	(t) => [
		index('search_misses_day_idx').on(t.day),
		index('search_misses_municipality_idx').on(t.municipalityId),
		uniqueIndex('search_misses_dedupe_uq').on(t.day, t.dedupeKey).where(sql`dedupe_key IS NOT NULL`),
		index('search_misses_demo_idx').on(t.day).where(sql`is_demo`)
	]
);
