import { boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { SurveyAnswers, SurveyDefinition, SurveyRespondentAttributes } from '../../../domain/survey/types';
import { timestamps, type LocalizedText } from './common';
import { events } from './events';
import { organisations } from './organisations';
import { people } from './people';
import { projects } from './projects';

/** draft: being built, nobody answers; open: answers accepted; closed: answers refused (kept). */
export const surveyStatus = pgEnum('survey_status', ['draft', 'open', 'closed']);
/**
 * anonymous: no link between a person and their answers, and no time finer than a day is kept;
 * identified: the response names its person (staff see who answered what).
 */
export const surveyMode = pgEnum('survey_mode', ['anonymous', 'identified']);
/** Who is asked: anyone with the link, an event's attendees (after it ends), a project's people. */
export const surveyAudience = pgEnum('survey_audience', ['link', 'event_attendees', 'project']);
export const surveyInvitationStatus = pgEnum('survey_invitation_status', ['invited', 'reminded', 'responded', 'bounced']);
export const surveyResponseState = pgEnum('survey_response_state', ['in_progress', 'submitted']);

/**
 * A survey of an organisation (issue 16). Its questions live in versions: a change that would break
 * answers already given makes a new version, and each response names the version it answered.
 */
export const surveys = pgTable(
	'surveys',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
		eventId: uuid('event_id').references(() => events.id, { onDelete: 'set null' }),
		slug: text('slug').notNull().unique(),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		intro: jsonb('intro').$type<LocalizedText>().notNull().default({ lv: '' }),
		audience: surveyAudience('audience').notNull().default('link'),
		mode: surveyMode('mode').notNull().default('anonymous'),
		status: surveyStatus('status').notNull().default('draft'),
		/** The version new answers are given to (survey_versions). */
		currentVersion: integer('current_version').notNull().default(1),
		closesAt: timestamp('closes_at', { withTimezone: true }),
		/** Set when an editor published the results page; null = results are staff-only. */
		resultsPublishedAt: timestamp('results_published_at', { withTimezone: true }),
		isDemo: boolean('is_demo').notNull().default(false),
		/** latvianSortKey of the Latvian title. */
		sortKey: text('sort_key').notNull(),
		createdBy: text('created_by'),
		...timestamps
	},
	(t) => [
		index('surveys_organisation_idx').on(t.organisationId, t.status),
		index('surveys_event_idx').on(t.eventId),
		index('surveys_project_idx').on(t.projectId)
	]
);

/** One version of a survey's questions: sections, questions, options, conditions (domain/survey/types.ts). */
export const surveyVersions = pgTable(
	'survey_versions',
	{
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		definition: jsonb('definition').$type<SurveyDefinition>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.surveyId, t.version] })]
);

/**
 * One person asked to answer (event attendees, a project's people). The link carries a token whose
 * hash is kept here; one response per invitation. Status never goes back: a person who answered
 * is never reminded.
 */
export const surveyInvitations = pgTable(
	'survey_invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull().unique(),
		status: surveyInvitationStatus('status').notNull().default('invited'),
		invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
		remindedAt: timestamp('reminded_at', { withTimezone: true }),
		/** A day only: in an anonymous survey a finer time would let staff match it to a response. */
		respondedOn: date('responded_on', { mode: 'string' }),
		bouncedAt: timestamp('bounced_at', { withTimezone: true })
	},
	(t) => [uniqueIndex('survey_invitations_person_uq').on(t.surveyId, t.personId), index('survey_invitations_status_idx').on(t.surveyId, t.status)]
);

/**
 * That a person answered (one response per confirmed address), kept apart from the answers so an
 * anonymous survey can refuse a second response without knowing which response was theirs.
 */
export const surveyRespondents = pgTable(
	'survey_respondents',
	{
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		respondedOn: date('responded_on', { mode: 'string' }).notNull()
	},
	(t) => [primaryKey({ columns: [t.surveyId, t.personId] })]
);

/**
 * One response. Saved while in progress (resumable with its own token), then submitted. Dates only,
 * never times. `personId` only in identified surveys. `attributes` are the coarse facts results are
 * broken down by (event, municipality, gender, age band), copied at submission when known.
 */
export const surveyResponses = pgTable(
	'survey_responses',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
		state: surveyResponseState('state').notNull().default('in_progress'),
		answers: jsonb('answers').$type<SurveyAnswers>().notNull().default({}),
		attributes: jsonb('attributes').$type<SurveyRespondentAttributes>().notNull().default({}),
		/** Hash of the resume token (only for a response in progress; cleared at submission). */
		resumeTokenHash: text('resume_token_hash'),
		language: text('language').notNull().default('lv'),
		startedOn: date('started_on', { mode: 'string' }).notNull(),
		submittedOn: date('submitted_on', { mode: 'string' }),
		isDemo: boolean('is_demo').notNull().default(false)
	},
	(t) => [
		index('survey_responses_survey_idx').on(t.surveyId, t.state),
		uniqueIndex('survey_responses_resume_uq').on(t.resumeTokenHash).where(sql`resume_token_hash IS NOT NULL`),
		uniqueIndex('survey_responses_person_uq').on(t.surveyId, t.personId).where(sql`person_id IS NOT NULL`)
	]
);

/** Free-text answers an editor chose to show on the public results page (none are shown otherwise). */
export const surveyQuotes = pgTable(
	'survey_quotes',
	{
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => surveys.id, { onDelete: 'cascade' }),
		responseId: uuid('response_id')
			.notNull()
			.references(() => surveyResponses.id, { onDelete: 'cascade' }),
		questionId: text('question_id').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.surveyId, t.responseId, t.questionId] })]
);
