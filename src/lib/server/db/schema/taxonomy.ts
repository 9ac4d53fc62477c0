import { boolean, integer, jsonb, pgEnum, pgTable, text, index, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { LocalizedText } from './common';

/** Two-level product taxonomy (food / crafts at the top, e.g. honey, ceramics below). */
export const categories = pgTable(
	'categories',
	{
		id: integer('id').primaryKey(),
		slug: text('slug').notNull().unique(),
		parentId: integer('parent_id').references((): AnyPgColumn => categories.id),
		name: jsonb('name').$type<LocalizedText>().notNull(),
		/** Extra words (all UI languages) that mean this category, for search and import. */
		keywords: text('keywords').notNull().default(''),
		sortOrder: integer('sort_order').notNull().default(0),
		icon: text('icon').notNull().default('')
	},
	(t) => [index('categories_parent_idx').on(t.parentId)]
);

export const labelKind = pgEnum('label_kind', ['registration', 'certification', 'quality_scheme', 'membership']);

/** Labels such as PVD registration, organic certification, "Novada garša". */
export const labels = pgTable('labels', {
	id: integer('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	kind: labelKind('kind').notNull(),
	name: jsonb('name').$type<LocalizedText>().notNull(),
	description: jsonb('description').$type<LocalizedText>(),
	/** True when a producer's label carries a value (e.g. the PVD registration number). */
	hasValue: boolean('has_value').notNull().default(false),
	sortOrder: integer('sort_order').notNull().default(0)
});
