import {
	boolean,
	doublePrecision,
	index,
	integer,
	jsonb,
	numeric,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { publicationStatus, timestamps, type LocalizedText } from './common';
import { contactColumns, locationColumns } from './location';
import { categories, labels } from './taxonomy';

export const producerKind = pgEnum('producer_kind', [
	'home_producer',
	'small_producer',
	'farm',
	'craftsman',
	'social_enterprise'
]);

export const producers = pgTable(
	'producers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		kind: producerKind('kind').notNull(),
		description: jsonb('description').$type<LocalizedText>().notNull(),
		...locationColumns(),
		...contactColumns(),
		foundedYear: integer('founded_year'),
		status: publicationStatus('status').notNull().default('pending'),
		/** Demo rows are fictional and shown with a "demo" badge. */
		isDemo: boolean('is_demo').notNull().default(false),
		/** Identifier in a partner's spreadsheet, for re-imports. */
		externalId: text('external_id').unique(),
		sortKey: text('sort_key').notNull(),
		searchText: text('search_text').notNull(),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		/**
		 * The public point (publicLocation(): house, locality or municipality centre), written by the
		 * database trigger producers_public_point (migration 0006) on every insert and location
		 * change, so the map groups an indexed column instead of computing the rule per request.
		 */
		publicLat: doublePrecision('public_lat'),
		publicLng: doublePrecision('public_lng'),
		/** Bumped on every applied change; a review against an older version is refused (moderation). */
		version: integer('version').notNull().default(1),
		...timestamps
	},
	(t) => [
		index('producers_status_sort_idx').on(t.status, t.sortKey),
		index('producers_status_published_idx').on(t.status, t.publishedAt),
		index('producers_municipality_idx').on(t.municipalityId),
		index('producers_kind_idx').on(t.kind),
		index('producers_public_point_idx').on(t.publicLat, t.publicLng)
	]
);

export const producerCategories = pgTable(
	'producer_categories',
	{
		producerId: uuid('producer_id')
			.notNull()
			.references(() => producers.id, { onDelete: 'cascade' }),
		categoryId: integer('category_id')
			.notNull()
			.references(() => categories.id)
	},
	(t) => [primaryKey({ columns: [t.producerId, t.categoryId] }), index('producer_categories_category_idx').on(t.categoryId)]
);

export const producerLabels = pgTable(
	'producer_labels',
	{
		producerId: uuid('producer_id')
			.notNull()
			.references(() => producers.id, { onDelete: 'cascade' }),
		labelId: integer('label_id')
			.notNull()
			.references(() => labels.id),
		/** E.g. the PVD registration number. */
		value: text('value')
	},
	(t) => [primaryKey({ columns: [t.producerId, t.labelId] }), index('producer_labels_label_idx').on(t.labelId)]
);

export const productUnit = pgEnum('product_unit', [
	'kg',
	'g',
	'l',
	'ml',
	'piece',
	'jar',
	'bottle',
	'pack',
	'bunch',
	'box',
	'set',
	'dozen',
	'm'
]);

export const products = pgTable(
	'products',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		producerId: uuid('producer_id')
			.notNull()
			.references(() => producers.id, { onDelete: 'cascade' }),
		name: jsonb('name').$type<LocalizedText>().notNull(),
		description: jsonb('description').$type<LocalizedText>(),
		/** Null: uncategorised (an import could not tell); the product shows without a category until one is chosen. */
		categoryId: integer('category_id').references(() => categories.id),
		/** Price in euro cents for `unitAmount` × `unit`; null when the producer does not publish it. */
		priceCents: integer('price_cents'),
		unit: productUnit('unit'),
		unitAmount: numeric('unit_amount', { precision: 10, scale: 3 }),
		/** Season as months 1–12, inclusive, may wrap the new year; null = all year. */
		seasonFrom: integer('season_from'),
		seasonTo: integer('season_to'),
		sortOrder: integer('sort_order').notNull().default(0),
		version: integer('version').notNull().default(1),
		searchText: text('search_text').notNull(),
		...timestamps
	},
	(t) => [index('products_producer_idx').on(t.producerId), index('products_category_idx').on(t.categoryId)]
);
