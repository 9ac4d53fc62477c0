import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { publicationStatus, timestamps, type LocalizedText } from './common';
import { contactColumns, locationColumns } from './location';
import { producers } from './producers';

export const salesPointKind = pgEnum('sales_point_kind', [
	'market',
	'farm_gate',
	'shop',
	'e_shop',
	'fair',
	'producers_shop'
]);

export const salesPoints = pgTable(
	'sales_points',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		kind: salesPointKind('kind').notNull(),
		description: jsonb('description').$type<LocalizedText>(),
		...locationColumns(),
		...contactColumns(),
		/** OpenStreetMap opening_hours value ('' = not known), see src/lib/domain/opening-hours.ts. */
		openingHours: text('opening_hours').notNull().default(''),
		/** Free-text addition to the hours ("May–September only"). */
		hoursNote: jsonb('hours_note').$type<LocalizedText>(),
		status: publicationStatus('status').notNull().default('pending'),
		isDemo: boolean('is_demo').notNull().default(false),
		sortKey: text('sort_key').notNull(),
		searchText: text('search_text').notNull(),
		/** Bumped on every applied change; a review against an older version is refused (moderation). */
		version: integer('version').notNull().default(1),
		/** When it became public; set by a trigger (migration 0015), whichever flow publishes it. */
		publishedAt: timestamp('published_at', { withTimezone: true }),
		...timestamps
	},
	(t) => [
		index('sales_points_municipality_idx').on(t.municipalityId),
		index('sales_points_status_idx').on(t.status, t.sortKey),
		index('sales_points_published_idx').on(t.status, t.publishedAt)
	]
);

export const producerSalesPoints = pgTable(
	'producer_sales_points',
	{
		producerId: uuid('producer_id')
			.notNull()
			.references(() => producers.id, { onDelete: 'cascade' }),
		salesPointId: uuid('sales_point_id')
			.notNull()
			.references(() => salesPoints.id, { onDelete: 'cascade' }),
		/** E.g. "sestdienās" when a producer is at a market only some days. */
		note: jsonb('note').$type<LocalizedText>()
	},
	(t) => [primaryKey({ columns: [t.producerId, t.salesPointId] }), index('producer_sales_points_sp_idx').on(t.salesPointId)]
);
