import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { timestamps, type LocalizedText } from './common';
import { organisations } from './organisations';
import { people } from './people';
import { places } from './places';
import { producers } from './producers';
import { territories } from './territories';

export const planPeriod = pgEnum('plan_period', ['day', 'week', 'month', 'year', 'once']);
export const visitRequestStatus = pgEnum('visit_request_status', ['new', 'answered', 'closed']);

/**
 * A resident of a coworking space or incubator: a person or a producer. Shown on the place's page
 * only with their consent (`consentAt`); without it the host sees them and the public does not.
 */
export const placeResidents = pgTable(
	'place_residents',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id')
			.notNull()
			.references(() => places.id, { onDelete: 'cascade' }),
		personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
		producerId: uuid('producer_id').references(() => producers.id, { onDelete: 'cascade' }),
		/** Name shown for a person resident (a producer shows its listing's name). */
		displayName: text('display_name').notNull(),
		/** What they do, in their words. */
		activity: jsonb('activity').$type<LocalizedText>().notNull().default({ lv: '' }),
		consentAt: timestamp('consent_at', { withTimezone: true }),
		sinceOn: text('since_on'),
		isDemo: boolean('is_demo').notNull().default(false),
		...timestamps
	},
	(t) => [index('place_residents_place_idx').on(t.placeId)]
);

/** A membership plan of a place (a day pass, a monthly desk) with its price in euro cents. */
export const placePlans = pgTable(
	'place_plans',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id')
			.notNull()
			.references(() => places.id, { onDelete: 'cascade' }),
		name: jsonb('name').$type<LocalizedText>().notNull(),
		description: jsonb('description').$type<LocalizedText>().notNull().default({ lv: '' }),
		/** null: free. */
		priceCents: integer('price_cents'),
		period: planPeriod('period').notNull().default('month'),
		position: integer('position').notNull().default(0),
		...timestamps
	},
	(t) => [index('place_plans_place_idx').on(t.placeId, t.position)]
);

/** "Book a visit": a request to the place's host; the requester's details are deleted after retention. */
export const placeVisitRequests = pgTable(
	'place_visit_requests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id')
			.notNull()
			.references(() => places.id, { onDelete: 'cascade' }),
		personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		email: text('email').notNull(),
		phone: text('phone'),
		preferredOn: text('preferred_on'),
		message: text('message').notNull().default(''),
		status: visitRequestStatus('status').notNull().default('new'),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		...timestamps
	},
	(t) => [index('place_visit_requests_place_idx').on(t.placeId, t.status)]
);

/**
 * A consultation line (phone, hours, region), like the HERE project's regional lines: shown on the
 * organisation's page, and on a place's page when it is run there; "open now" from its hours.
 */
export const consultationLines = pgTable(
	'consultation_lines',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		placeId: uuid('place_id').references(() => places.id, { onDelete: 'set null' }),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		phone: text('phone').notNull(),
		email: text('email'),
		/** OpenStreetMap opening_hours value, as for sales points. */
		openingHours: text('opening_hours').notNull().default(''),
		/** The region it serves, as municipalities (empty: all of Latvia). */
		municipalityIds: integer('municipality_ids').array().notNull().default(sql`'{}'::integer[]`),
		regionId: integer('region_id').references(() => territories.id),
		languages: text('languages').array().notNull().default(sql`'{lv}'::text[]`),
		position: integer('position').notNull().default(0),
		active: boolean('active').notNull().default(true),
		isDemo: boolean('is_demo').notNull().default(false),
		...timestamps
	},
	(t) => [index('consultation_lines_organisation_idx').on(t.organisationId, t.position), uniqueIndex('consultation_lines_phone_uq').on(t.organisationId, t.phone)]
);
