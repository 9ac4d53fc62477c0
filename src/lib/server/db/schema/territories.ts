import {
	doublePrecision,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import type { LocalizedText } from './common';

/**
 * One table for every territory so that producers, organisations, events, surveys and reports
 * can all point at "a territory" with one foreign key, whatever its level.
 */
export const territoryKind = pgEnum('territory_kind', [
	'country',
	'planning_region',
	'municipality', // current LV local government (valstspilsēta or novads)
	'town', // pilsēta inside a municipality
	'parish', // pagasts
	'village', // ciems
	'historical_municipality', // pre-2021 novads or a merged one (Varakļānu); see successor_id
	'md_district', // Moldova: raion
	'md_municipality', // Moldova: Chișinău, Bălți, Bender
	'md_autonomy' // Moldova: Găgăuzia
]);

export const territories = pgTable(
	'territories',
	{
		id: integer('id').primaryKey(),
		kind: territoryKind('kind').notNull(),
		countryCode: text('country_code').notNull(),
		/** ISO 3166-2 code where one exists (LV-011, MD-CU). */
		code: text('code'),
		slug: text('slug').notNull(),
		name: jsonb('name').$type<LocalizedText>().notNull(),
		/** Municipality kind in Latvian law: valstspilsēta | novads; null for other kinds. */
		subkind: text('subkind'),
		parentId: integer('parent_id').references((): AnyPgColumn => territories.id),
		/** For historical municipalities: the current municipality the name now resolves to. */
		successorId: integer('successor_id').references((): AnyPgColumn => territories.id),
		lat: doublePrecision('lat'),
		lng: doublePrecision('lng'),
		/** Latvian collation key computed in TypeScript (SQL collations get ā/č wrong). */
		sortKey: text('sort_key').notNull(),
		/** Lower-case, diacritic-free name for lookups ("varaklani"). */
		searchName: text('search_name').notNull()
	},
	(t) => [
		uniqueIndex('territories_code_uq').on(t.code),
		uniqueIndex('territories_kind_parent_slug_uq').on(t.kind, t.parentId, t.slug),
		index('territories_parent_idx').on(t.parentId),
		index('territories_search_name_idx').on(t.searchName)
	]
);
