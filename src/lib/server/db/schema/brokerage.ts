import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from './common';
import { cooperationProfiles } from './cooperation';
import { events } from './events';
import { people } from './people';

export const BROKERAGE_MODES = ['online', 'tables'] as const;
export type BrokerageMode = (typeof BROKERAGE_MODES)[number];
/** requested → accepted | declined; requested or accepted → cancelled (by either side). */
export const MEETING_STATUSES = ['requested', 'accepted', 'declined', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/**
 * An event's brokerage day (issue 19, b2match-style): a booking window in which the event's registrants
 * list themselves and book 1:1 meetings in the day's slots, at a table or by a video link.
 */
export const brokerageDays = pgTable(
	'brokerage_days',
	{
		eventId: uuid('event_id')
			.primaryKey()
			.references(() => events.id, { onDelete: 'cascade' }),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		mode: text('mode').$type<BrokerageMode>().notNull(),
		/** The meeting link every online meeting gets (a room per day is what organisers use). */
		onlineUrl: text('online_url'),
		tableCount: integer('table_count'),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('brokerage_days_window_check', sql`${t.closesAt} > ${t.opensAt}`),
		check('brokerage_days_mode_check', sql`(${t.mode} = 'online' AND ${t.onlineUrl} IS NOT NULL) OR (${t.mode} = 'tables' AND ${t.tableCount} >= 1)`)
	]
);

/** One meeting time of the day; every participant has at most one meeting in it. */
export const brokerageSlots = pgTable(
	'brokerage_slots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => brokerageDays.eventId, { onDelete: 'cascade' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull()
	},
	(t) => [uniqueIndex('brokerage_slots_event_start_uq').on(t.eventId, t.startsAt), check('brokerage_slots_times_check', sql`${t.endsAt} > ${t.startsAt}`)]
);

/** A registrant who listed themselves: their intro (names and organisations only, never contacts). */
export const brokerageParticipants = pgTable(
	'brokerage_participants',
	{
		eventId: uuid('event_id')
			.notNull()
			.references(() => brokerageDays.eventId, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		organisationName: text('organisation_name'),
		intro: jsonb('intro').$type<LocalizedText>().notNull().default({ lv: '' }),
		cooperationProfileId: uuid('cooperation_profile_id').references(() => cooperationProfiles.id, { onDelete: 'set null' }),
		optedIn: boolean('opted_in').notNull().default(true),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.eventId, t.personId] }), index('brokerage_participants_person_idx').on(t.personId)]
);

export const brokerageMeetings = pgTable(
	'brokerage_meetings',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => brokerageDays.eventId, { onDelete: 'cascade' }),
		slotId: uuid('slot_id')
			.notNull()
			.references(() => brokerageSlots.id, { onDelete: 'cascade' }),
		requesterPersonId: uuid('requester_person_id')
			.notNull()
			.references(() => people.id),
		inviteePersonId: uuid('invitee_person_id')
			.notNull()
			.references(() => people.id),
		status: text('status').$type<MeetingStatus>().notNull().default('requested'),
		message: text('message'),
		/** Given on acceptance: a table (tables mode) or the link (online mode). */
		tableNumber: integer('table_number'),
		onlineUrl: text('online_url'),
		respondedAt: timestamp('responded_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('brokerage_meetings_event_idx').on(t.eventId, t.slotId),
		index('brokerage_meetings_requester_idx').on(t.requesterPersonId),
		index('brokerage_meetings_invitee_idx').on(t.inviteePersonId),
		// two accepted meetings never share a table in one slot
		uniqueIndex('brokerage_meetings_table_uq').on(t.slotId, t.tableNumber).where(sql`status = 'accepted' AND table_number IS NOT NULL`),
		check('brokerage_meetings_status_check', sql`${t.status} IN ('requested', 'accepted', 'declined', 'cancelled')`),
		check('brokerage_meetings_two_people_check', sql`${t.requesterPersonId} <> ${t.inviteePersonId}`)
	]
);

/** A person's booked slot: one row per side of an accepted meeting, so the database refuses a double booking. */
export const brokerageBookings = pgTable(
	'brokerage_bookings',
	{
		slotId: uuid('slot_id')
			.notNull()
			.references(() => brokerageSlots.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		meetingId: uuid('meeting_id')
			.notNull()
			.references(() => brokerageMeetings.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.slotId, t.personId] }), index('brokerage_bookings_meeting_idx').on(t.meetingId), index('brokerage_bookings_person_idx').on(t.personId)]
);
