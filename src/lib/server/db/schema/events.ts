import { boolean, check, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { LocalizedText } from './common';
import { organisations } from './organisations';
import { participations } from './participation';
import { places } from './places';
import { producers } from './producers';
import { salesPoints } from './sales-points';
import { territories } from './territories';

export const eventKind = pgEnum('event_kind', ['webinar', 'seminar', 'workshop', 'masterclass', 'virtual_tour', 'study_visit', 'fair', 'meeting']);
export const eventStatus = pgEnum('event_status', ['draft', 'published', 'cancelled']);

/** A question an organiser asks at registration (text, one choice of several, yes/no). */
export type EventQuestion = { id: string; kind: 'text' | 'choice' | 'yesno'; label: LocalizedText; options: LocalizedText[]; required: boolean };
/** A handout or link; `before`: sent to registrants ahead of a masterclass, otherwise shown after the event. */
export type EventMaterial = { title: LocalizedText; url: string; before: boolean };

/**
 * Something an organisation runs that people register for and attend (issue 15). Registrants are
 * `participations` of kind `event` (decision 006) with the event-only details in
 * `event_registrations`; attendance, not registration, is what every count uses.
 */
export const events = pgTable(
	'events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		/** The project it belongs to (no foreign key here: projects arrive with their own migration). */
		projectId: uuid('project_id'),
		kind: eventKind('kind').notNull(),
		status: eventStatus('status').notNull().default('draft'),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		summary: jsonb('summary').$type<LocalizedText>().notNull().default({ lv: '' }),
		description: jsonb('description').$type<LocalizedText>().notNull().default({ lv: '' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		/** The venue's zone (Europe/Riga, Europe/Chisinau): times are entered and also shown in it. */
		timeZone: text('time_zone').notNull().default('Europe/Riga'),
		online: boolean('online').notNull().default(false),
		/** Only for registered people: their e-mail and their personal event page. Never public. */
		joinUrl: text('join_url'),
		placeId: uuid('place_id').references(() => places.id, { onDelete: 'set null' }),
		venueName: text('venue_name'),
		address: text('address'),
		lat: doublePrecision('lat'),
		lng: doublePrecision('lng'),
		municipalityId: integer('municipality_id').references(() => territories.id),
		/** Places including each registrant's guests; null: no limit. */
		capacity: integer('capacity'),
		registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
		registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
		/** How long a waiting-list offer stays open before it passes to the next person. */
		offerHours: integer('offer_hours').notNull().default(48),
		/** Reminders, hours before the start. */
		reminderHours: integer('reminder_hours').array().notNull().default(sql`'{24,1}'::integer[]`),
		accessibility: jsonb('accessibility').$type<LocalizedText>().notNull().default({ lv: '' }),
		/** Languages spoken (lv, en, ro, ru, …). */
		languages: text('languages').array().notNull().default(sql`'{lv}'::text[]`),
		questions: jsonb('questions').$type<EventQuestion[]>().notNull().default([]),
		consentText: jsonb('consent_text').$type<LocalizedText>().notNull().default({ lv: '' }),
		/** Which optional funder facts the form asks for: gender, age_band, municipality, employment_status. */
		funderFields: text('funder_fields').array().notNull().default(sql`'{}'::text[]`),
		materials: jsonb('materials').$type<EventMaterial[]>().notNull().default([]),
		recordingUrl: text('recording_url'),
		/** The form's one-time key: a second submit of the same form finds the first event. */
		submissionId: uuid('submission_id').unique(),
		isDemo: boolean('is_demo').notNull().default(false),
		createdBy: text('created_by'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('events_calendar_idx').on(t.status, t.startsAt),
		index('events_organisation_idx').on(t.organisationId, t.startsAt),
		index('events_project_idx').on(t.projectId),
		index('events_municipality_idx').on(t.municipalityId),
		index('events_place_idx').on(t.placeId),
		check('events_dates_ck', sql`${t.endsAt} >= ${t.startsAt}`),
		check('events_capacity_ck', sql`${t.capacity} IS NULL OR ${t.capacity} >= 0`)
	]
);

/** A study visit's itinerary: each stop is a directory producer, sales point or place, with a time. */
export const eventStops = pgTable(
	'event_stops',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		at: timestamp('at', { withTimezone: true }),
		producerId: uuid('producer_id').references(() => producers.id, { onDelete: 'cascade' }),
		salesPointId: uuid('sales_point_id').references(() => salesPoints.id, { onDelete: 'cascade' }),
		placeId: uuid('place_id').references(() => places.id, { onDelete: 'cascade' }),
		note: jsonb('note').$type<LocalizedText>().notNull().default({ lv: '' })
	},
	(t) => [
		index('event_stops_event_idx').on(t.eventId, t.position),
		index('event_stops_producer_idx').on(t.producerId),
		index('event_stops_sales_point_idx').on(t.salesPointId),
		index('event_stops_place_idx').on(t.placeId),
		check('event_stops_one_target_ck', sql`num_nonnulls(${t.producerId}, ${t.salesPointId}, ${t.placeId}) = 1`)
	]
);

/** Producers that host an event (their page lists it). */
export const eventHosts = pgTable(
	'event_hosts',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		producerId: uuid('producer_id')
			.notNull()
			.references(() => producers.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.eventId, t.producerId] }), index('event_hosts_producer_idx').on(t.producerId)]
);

/**
 * What an event registration holds beyond the participation row: guests (they take places),
 * answers to the organiser's questions, consent, the waiting-list offer and the reminders sent.
 * Answers and guest names are cleared after the organisation's retention (events/retention.ts).
 */
export const eventRegistrations = pgTable(
	'event_registrations',
	{
		participationId: uuid('participation_id')
			.primaryKey()
			.references(() => participations.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		guests: integer('guests').notNull().default(0),
		guestNames: text('guest_names'),
		answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
		consentAt: timestamp('consent_at', { withTimezone: true }),
		/** Place in the waiting list (first come first offered). */
		waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
		offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
		/** Reminder hours already sent for the current start time. */
		remindersSent: integer('reminders_sent').array().notNull().default(sql`'{}'::integer[]`),
		walkIn: boolean('walk_in').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('event_registrations_event_idx').on(t.eventId), check('event_registrations_guests_ck', sql`${t.guests} >= 0`)]
);

/** Each check-in scan once: a phone's queued scans sync with their own ids, so a retry counts nothing twice. */
export const eventCheckins = pgTable(
	'event_checkins',
	{
		scanId: uuid('scan_id').primaryKey(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		participationId: uuid('participation_id').references(() => participations.id, { onDelete: 'cascade' }),
		method: text('method').notNull(),
		scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull(),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
		actorUserId: text('actor_user_id')
	},
	(t) => [index('event_checkins_event_idx').on(t.eventId)]
);

/** What an organiser wrote to an event's registrants; the form's key as id, so a double submit sends once. */
export const eventMessages = pgTable(
	'event_messages',
	{
		id: uuid('id').primaryKey(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		audience: text('audience').notNull(),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		recipients: integer('recipients'),
		actorUserId: text('actor_user_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('event_messages_event_idx').on(t.eventId)]
);
