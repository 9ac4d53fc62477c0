/**
 * Regional insight (issue 20, decision 007): the weekly roll-up of the anonymous search log,
 * staff's marks on needs, weekly e-mail subscriptions, the public opt-in, and the needs analysis
 * from interviews (interviews, their uploaded files, a code taxonomy per organisation, codings).
 */
import { sql } from 'drizzle-orm';
import { boolean, check, customType, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { user } from './auth';
import { organisations } from './organisations';
import { territories } from './territories';
import { categories } from './taxonomy';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * A random salt per day in Riga: the dedupe key of a logged search is a hash of it with the
 * visitor's address and browser, so one session's repeats count once. The rows go when the day is
 * over (the roll-up job), after which no key can be linked to anyone, even by us.
 */
export const searchLogSalts = pgTable('search_log_salts', {
	day: date('day').primaryKey(),
	salt: text('salt').notNull()
});

/**
 * Unmet searches per ISO week (Monday), need, municipality and category, recomputed from
 * search_misses by the roll-up job for the days up to `demand_rollup_state.rolled_until`. The
 * views read these rows plus the log's rows after that day, so the numbers are always exact.
 */
export const demandWeekly = pgTable(
	'demand_weekly',
	{
		week: date('week').notNull(),
		needKey: text('need_key').notNull(),
		municipalityId: integer('municipality_id').references(() => territories.id),
		categoryId: integer('category_id').references(() => categories.id),
		searches: integer('searches').notNull(),
		zeroResults: integer('zero_results').notNull(),
		/** The way it was most often typed that week (folded). */
		label: text('label').notNull()
	},
	(t) => [index('demand_weekly_week_idx').on(t.week), index('demand_weekly_municipality_idx').on(t.municipalityId, t.week), index('demand_weekly_need_idx').on(t.needKey)]
);

/** One row: the last day whose searches are in demand_weekly, and the Monday demand_window ends before. */
export const demandRollupState = pgTable('demand_rollup_state', {
	id: integer('id').primaryKey().default(1),
	rolledUntil: date('rolled_until'),
	windowMonday: date('window_monday')
});

/**
 * The views' fixed windows (the last 4, 12, 26, 52 weeks) rolled up once more: per window, the
 * complete weeks before `window_monday` summed per need, municipality and category — some
 * twenty thousand rows for a year instead of the weeks' hundreds of thousands (migration 0031).
 */
export const demandWindow = pgTable(
	'demand_window',
	{
		weeks: integer('weeks').notNull(),
		needKey: text('need_key').notNull(),
		municipalityId: integer('municipality_id'),
		categoryId: integer('category_id'),
		searches: integer('searches').notNull(),
		zeroResults: integer('zero_results').notNull(),
		label: text('label').notNull()
	},
	(t) => [index('demand_window_weeks_idx').on(t.weeks, t.municipalityId)]
);

export const needMarkStatus = pgEnum('need_mark_status', ['known', 'addressed']);

/** An organisation's note on a need: known to them, or being addressed (and how). */
export const demandMarks = pgTable(
	'demand_marks',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		needKey: text('need_key').notNull(),
		status: needMarkStatus('status').notNull(),
		note: text('note').notNull().default(''),
		updatedBy: text('updated_by').references(() => user.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.needKey] })]
);

/** Staff who get the weekly unmet-demand e-mail for an organisation's territory. */
export const demandSubscriptions = pgTable(
	'demand_subscriptions',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** The Monday of the last week mailed, so a retried job never mails a week twice. */
		lastSentWeek: date('last_sent_week'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('demand_subscriptions_user_idx').on(t.userId)]
);

/** An organisation publishes "what people look for here" for the municipalities it covers. */
export const demandPublications = pgTable('demand_publications', {
	organisationId: uuid('organisation_id')
		.primaryKey()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	publishedBy: text('published_by').references(() => user.id, { onDelete: 'set null' }),
	publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow()
});

export const respondentType = pgEnum('respondent_type', ['resident', 'entrepreneur', 'ngo', 'municipality', 'state_body']);
export const interviewConsent = pgEnum('interview_consent', ['written', 'oral']);
/** ready: the text can be read and coded; extracting: an uploaded file waits for its job; failed: the file had no readable text. */
export const interviewTextStatus = pgEnum('interview_text_status', ['ready', 'extracting', 'failed']);

/** A needs-analysis interview. No respondent's name is stored: `reference` is the staff's own label. */
export const interviews = pgTable(
	'interviews',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		reference: text('reference').notNull(),
		respondentType: respondentType('respondent_type').notNull(),
		municipalityId: integer('municipality_id').references(() => territories.id),
		heldOn: date('held_on').notNull(),
		consent: interviewConsent('consent').notNull(),
		text: text('text').notNull().default(''),
		textStatus: interviewTextStatus('text_status').notNull().default('ready'),
		isDemo: boolean('is_demo').notNull().default(false),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('interviews_organisation_idx').on(t.organisationId, t.heldOn)]
);

/** The uploaded DOCX or PDF an interview's text was extracted from (bytes in the database, like imports). */
export const interviewFiles = pgTable('interview_files', {
	interviewId: uuid('interview_id')
		.primaryKey()
		.references(() => interviews.id, { onDelete: 'cascade' }),
	fileName: text('file_name').notNull(),
	contentType: text('content_type').notNull(),
	bytes: bytea('bytes').notNull(),
	error: text('error')
});

/** The needs taxonomy of an organisation: hierarchical codes; merging one into another moves its codings. */
export const needCodes = pgTable(
	'need_codes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		parentId: uuid('parent_id').references((): AnyPgColumn => needCodes.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		sortKey: text('sort_key').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('need_codes_organisation_idx').on(t.organisationId), unique('need_codes_name_uq').on(t.organisationId, t.parentId, t.name).nullsNotDistinct()]
);

/** A passage of an interview (UTF-16 offsets of its text, [start, end)) tagged with a code by one coder. */
export const interviewCodings = pgTable(
	'interview_codings',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		interviewId: uuid('interview_id')
			.notNull()
			.references(() => interviews.id, { onDelete: 'cascade' }),
		codeId: uuid('code_id')
			.notNull()
			.references(() => needCodes.id, { onDelete: 'cascade' }),
		/** The coder; an erased account keeps its id (the user row stays), so agreement stays computable. */
		coderId: text('coder_id')
			.notNull()
			.references(() => user.id),
		startOffset: integer('start_offset').notNull(),
		endOffset: integer('end_offset').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('interview_codings_interview_idx').on(t.interviewId),
		index('interview_codings_code_idx').on(t.codeId),
		unique('interview_codings_uq').on(t.interviewId, t.codeId, t.coderId, t.startOffset, t.endOffset),
		check('interview_codings_range_ck', sql`${t.startOffset} >= 0 AND ${t.startOffset} < ${t.endOffset}`)
	]
);
