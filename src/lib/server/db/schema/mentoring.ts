import { boolean, date, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { timestamps } from './common';
import { people } from './people';
import { producers } from './producers';
import { cohorts, mentors, programmeApplications } from './programmes';

/**
 * proposed: the coordinator chose the pair, both sides are asked; active: both accepted;
 * declined: one side said no (the mentee can be matched again); completed; ended (early, with a reason).
 */
export const matchStatus = pgEnum('match_status', ['proposed', 'active', 'declined', 'completed', 'ended']);
export const sessionFormat = pgEnum('session_format', ['in_person', 'online', 'phone']);
export const goalKind = pgEnum('goal_kind', ['goal', 'milestone']);
export const checkinDue = pgEnum('checkin_due', ['end', 'month6', 'month12']);
export const ideaStatus = pgEnum('idea_status', ['idea', 'registering', 'operating', 'stopped']);

/** A mentee (an accepted application) paired with a mentor, with the matcher's score when proposed. */
export const mentoringMatches = pgTable(
	'mentoring_matches',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		cohortId: uuid('cohort_id')
			.notNull()
			.references(() => cohorts.id, { onDelete: 'cascade' }),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => programmeApplications.id, { onDelete: 'cascade' }),
		mentorId: uuid('mentor_id')
			.notNull()
			.references(() => mentors.id, { onDelete: 'cascade' }),
		status: matchStatus('status').notNull().default('proposed'),
		/** The matcher's score (0–100) and its parts when the pair was chosen; null for an override. */
		score: integer('score'),
		scoreParts: jsonb('score_parts').$type<Record<string, number>>(),
		/** The coordinator chose a pair the matcher did not propose. */
		overridden: boolean('overridden').notNull().default(false),
		menteeAcceptedAt: timestamp('mentee_accepted_at', { withTimezone: true }),
		mentorAcceptedAt: timestamp('mentor_accepted_at', { withTimezone: true }),
		startedOn: date('started_on'),
		endedOn: date('ended_on'),
		endReason: text('end_reason'),
		menteeFeedback: text('mentee_feedback'),
		mentorFeedback: text('mentor_feedback'),
		menteeRating: integer('mentee_rating'),
		mentorRating: integer('mentor_rating'),
		createdBy: text('created_by'),
		isDemo: boolean('is_demo').notNull().default(false),
		...timestamps
	},
	(t) => [
		// one live pairing per mentee: a declined or ended one makes room for a new match
		uniqueIndex('mentoring_matches_live_uq')
			.on(t.applicationId)
			.where(sql`status IN ('proposed', 'active')`),
		index('mentoring_matches_mentor_idx').on(t.mentorId, t.status),
		index('mentoring_matches_cohort_idx').on(t.cohortId, t.status)
	]
);

/** A goal or milestone of a pair (a milestone has a due date that nudges). */
export const mentoringGoals = pgTable(
	'mentoring_goals',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		matchId: uuid('match_id')
			.notNull()
			.references(() => mentoringMatches.id, { onDelete: 'cascade' }),
		kind: goalKind('kind').notNull().default('goal'),
		title: text('title').notNull(),
		dueOn: date('due_on'),
		doneAt: timestamp('done_at', { withTimezone: true }),
		position: integer('position').notNull().default(0),
		...timestamps
	},
	(t) => [index('mentoring_goals_match_idx').on(t.matchId, t.position)]
);

/** One session of a pair. Notes are private to the pair and the organisation's coordinator. */
export const mentoringSessions = pgTable(
	'mentoring_sessions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		matchId: uuid('match_id')
			.notNull()
			.references(() => mentoringMatches.id, { onDelete: 'cascade' }),
		heldOn: date('held_on').notNull(),
		minutes: integer('minutes').notNull(),
		format: sessionFormat('format').notNull(),
		notes: text('notes').notNull().default(''),
		nextStep: text('next_step').notNull().default(''),
		loggedByPersonId: uuid('logged_by_person_id').references(() => people.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('mentoring_sessions_match_idx').on(t.matchId, t.heldOn)]
);

/** A link or an uploaded file the pair shares (files live in storage under `storageKey`). */
export const mentoringResources = pgTable(
	'mentoring_resources',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		matchId: uuid('match_id')
			.notNull()
			.references(() => mentoringMatches.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		url: text('url'),
		storageKey: text('storage_key'),
		fileName: text('file_name'),
		byteSize: integer('byte_size'),
		addedByPersonId: uuid('added_by_person_id').references(() => people.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('mentoring_resources_match_idx').on(t.matchId)]
);

/** Nudges already sent, so a nudge job run twice mails once (kind + key, e.g. 'no_session' + week). */
export const mentoringNudges = pgTable(
	'mentoring_nudges',
	{
		matchId: uuid('match_id')
			.notNull()
			.references(() => mentoringMatches.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		key: text('key').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('mentoring_nudges_uq').on(t.matchId, t.kind, t.key)]
);

/** A job the participant reports (CAP rule, domain/programme/fte.ts): kind, share of full time, months. */
export type ReportedJob = { kind: 'employee' | 'self_employed' | 'volunteer'; isNew: boolean; fullTimeShare: number; months: number };

/**
 * An outcome check-in at the end of a cohort, +6 and +12 months (sent automatically by e-mail with
 * a personal link). One per application and due point.
 */
export const outcomeCheckins = pgTable(
	'outcome_checkins',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => programmeApplications.id, { onDelete: 'cascade' }),
		due: checkinDue('due').notNull(),
		dueOn: date('due_on').notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		ideaStatus: ideaStatus('idea_status'),
		companyRegistered: boolean('company_registered'),
		/** Only when the participant chose to give it. */
		registrationNumber: text('registration_number'),
		socialEnterprise: boolean('social_enterprise'),
		jobs: jsonb('jobs').$type<ReportedJob[]>().notNull().default([]),
		/** Full-time equivalents of the new jobs (domain/programme/fte.ts), kept with the answer. */
		fte: numeric('fte', { precision: 6, scale: 2, mode: 'number' }),
		turnoverBand: text('turnover_band'),
		producerId: uuid('producer_id').references(() => producers.id, { onDelete: 'set null' }),
		isDemo: boolean('is_demo').notNull().default(false),
		...timestamps
	},
	(t) => [uniqueIndex('outcome_checkins_due_uq').on(t.applicationId, t.due), index('outcome_checkins_due_idx').on(t.dueOn)]
);
