import { boolean, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { SurveyAnswers, SurveyDefinition } from '../../../domain/survey/types';
import { timestamps, type LocalizedText } from './common';
import { organisations } from './organisations';
import { participations } from './participation';
import { people } from './people';
import { places } from './places';
import { producers } from './producers';
import { projects } from './projects';
import { territories } from './territories';

export const programmeKind = pgEnum('programme_kind', ['mentoring', 'incubator', 'idea_lab', 'accelerator']);
/** draft: staff only; published: its page and open cohorts are public; archived: kept, not listed. */
export const programmeStatus = pgEnum('programme_status', ['draft', 'published', 'archived']);
/** A cohort's phase (applying, running, finished) follows from its dates; this is only its publication. */
export const cohortStatus = pgEnum('cohort_status', ['draft', 'published', 'cancelled']);
export const applicationStatus = pgEnum('application_status', ['submitted', 'accepted', 'waitlisted', 'declined', 'withdrawn']);

/**
 * A mentoring programme, incubator, idea lab or accelerator of an organisation (issue 17). It runs
 * in cohorts; an incubator's programme may name the place (coworking / incubator) it is run at.
 */
export const programmes = pgTable(
	'programmes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
		placeId: uuid('place_id').references(() => places.id, { onDelete: 'set null' }),
		slug: text('slug').notNull().unique(),
		kind: programmeKind('kind').notNull(),
		status: programmeStatus('status').notNull().default('draft'),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		summary: jsonb('summary').$type<LocalizedText>().notNull().default({ lv: '' }),
		description: jsonb('description').$type<LocalizedText>().notNull().default({ lv: '' }),
		isDemo: boolean('is_demo').notNull().default(false),
		/** latvianSortKey of the Latvian title. */
		sortKey: text('sort_key').notNull(),
		createdBy: text('created_by'),
		...timestamps
	},
	(t) => [index('programmes_organisation_idx').on(t.organisationId, t.status)]
);

/**
 * One run of a programme: dates (e.g. five months), capacity, eligibility, the application form
 * (a survey definition edited with the survey builder) and the languages it is run in. Its
 * participants are `participations` of kind `cohort`: accepted = attended, like an event's check-in.
 */
export const cohorts = pgTable(
	'cohorts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programmes.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull().unique(),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		status: cohortStatus('status').notNull().default('draft'),
		startsOn: date('starts_on').notNull(),
		endsOn: date('ends_on').notNull(),
		applicationsOpenAt: timestamp('applications_open_at', { withTimezone: true }),
		applicationsCloseAt: timestamp('applications_close_at', { withTimezone: true }),
		/** Mentees accepted at most; null: no limit. */
		capacity: integer('capacity'),
		eligibility: jsonb('eligibility').$type<LocalizedText>().notNull().default({ lv: '' }),
		/** Languages the cohort is run in (lv, en, ro, ru). */
		languages: text('languages').array().notNull().default(sql`'{lv}'::text[]`),
		applicationForm: jsonb('application_form').$type<SurveyDefinition>().notNull(),
		/** Nudge the pair when no session was logged for this many weeks. */
		nudgeWeeks: integer('nudge_weeks').notNull().default(3),
		...timestamps
	},
	(t) => [index('cohorts_programme_idx').on(t.programmeId, t.startsOn)]
);

/**
 * A person's application to a cohort, with or without an account (the person key is confirmed by
 * link). What the mentee says they need feeds the matcher. Accepting makes the participation attended.
 */
export const programmeApplications = pgTable(
	'programme_applications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		cohortId: uuid('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		participationId: uuid('participation_id').references(() => participations.id, { onDelete: 'set null' }),
		status: applicationStatus('status').notNull().default('submitted'),
		/** Answers to the cohort's application form (domain/survey/types.ts). */
		answers: jsonb('answers').$type<SurveyAnswers>().notNull().default({}),
		/** Sector keys the mentee wants help in (directory category slugs, social-enterprise fields). */
		sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
		municipalityId: integer('municipality_id').references(() => territories.id),
		languages: text('languages').array().notNull().default(sql`'{lv}'::text[]`),
		/** The mentee's own words about what they need. */
		needs: text('needs').notNull().default(''),
		consentAt: timestamp('consent_at', { withTimezone: true }),
		/** The person confirmed their address (set at once for a signed-in account). */
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		decisionMessage: text('decision_message'),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		decidedBy: text('decided_by'),
		isDemo: boolean('is_demo').notNull().default(false),
		...timestamps
	},
	(t) => [uniqueIndex('programme_applications_person_uq').on(t.cohortId, t.personId), index('programme_applications_status_idx').on(t.cohortId, t.status)]
);

/**
 * A mentor in an organisation's pool: a person (possibly a producer or a member of the
 * organisation) with sectors, regions, languages, capacity and availability. The profile may link
 * their directory listing.
 */
export const mentors = pgTable(
	'mentors',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		producerId: uuid('producer_id').references(() => producers.id, { onDelete: 'set null' }),
		bio: jsonb('bio').$type<LocalizedText>().notNull().default({ lv: '' }),
		sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
		/** Municipalities they can meet in; the first is where they are (distance is measured from it). */
		municipalityIds: integer('municipality_ids').array().notNull().default(sql`'{}'::integer[]`),
		languages: text('languages').array().notNull().default(sql`'{lv}'::text[]`),
		experience: text('experience').notNull().default(''),
		/** How many mentees at once. */
		capacity: integer('capacity').notNull().default(2),
		availability: text('availability').notNull().default(''),
		active: boolean('active').notNull().default(true),
		isDemo: boolean('is_demo').notNull().default(false),
		...timestamps
	},
	(t) => [uniqueIndex('mentors_person_uq').on(t.organisationId, t.personId)]
);
