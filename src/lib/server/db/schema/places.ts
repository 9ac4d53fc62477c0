import { boolean, index, integer, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { publicationStatus, timestamps, type LocalizedText } from './common';
import { contactColumns, locationColumns } from './location';
import { organisations } from './organisations';

export const placeKind = pgEnum('place_kind', ['coworking', 'incubator', 'tourist_info', 'community_space']);

/** Coworking spaces, business incubators and similar places where producers can work or meet. */
export const places = pgTable(
	'places',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		name: text('name').notNull(),
		kind: placeKind('kind').notNull(),
		description: jsonb('description').$type<LocalizedText>().notNull(),
		...locationColumns(),
		...contactColumns(),
		/** Amenity keys (wifi, meeting_room, …) translated in the UI catalogue. */
		amenities: text('amenities').array().notNull().default([]),
		operatorId: uuid('operator_id').references(() => organisations.id),
		/** Name of the operator when it is not an organisation in the directory. */
		operatorName: text('operator_name'),
		/** OpenStreetMap opening_hours value ('' = not known). */
		openingHours: text('opening_hours').notNull().default(''),
		status: publicationStatus('status').notNull().default('pending'),
		isDemo: boolean('is_demo').notNull().default(false),
		sortKey: text('sort_key').notNull(),
		searchText: text('search_text').notNull(),
		/** Bumped on every applied change; a review against an older version is refused (moderation). */
		version: integer('version').notNull().default(1),
		...timestamps
	},
	(t) => [index('places_status_idx').on(t.status, t.sortKey), index('places_municipality_idx').on(t.municipalityId)]
);
