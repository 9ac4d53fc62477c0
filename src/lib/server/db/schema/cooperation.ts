import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from './common';
import { categories } from './taxonomy';
import { organisations } from './organisations';
import { producers } from './producers';
import { territories } from './territories';

export const COOPERATION_DIRECTIONS = ['offer', 'request'] as const;
export type CooperationDirection = (typeof COOPERATION_DIRECTIONS)[number];
/** The kinds of cooperation an EEN partnering profile names, plus the rural ones (issue 19). */
export const COOPERATION_KINDS = [
	'distribution',
	'sourcing',
	'joint_venture',
	'subcontracting',
	'tourism_package',
	'know_how',
	'municipal_partnership',
	'project_partner'
] as const;
export type CooperationKind = (typeof COOPERATION_KINDS)[number];
/** draft → pending (moderator) → published | rejected; published → expired at expiresAt, or withdrawn by its owner. */
export const COOPERATION_STATUSES = ['draft', 'pending', 'published', 'rejected', 'expired', 'withdrawn'] as const;
export type CooperationStatus = (typeof COOPERATION_STATUSES)[number];

/**
 * A cooperation profile (offer or request) of a producer listing or an organisation (LAG, municipality,
 * association). Exactly one owner. The contact columns are never shown before an interest is accepted
 * (cooperation_interests), not to staff through the public pages either.
 */
export const cooperationProfiles = pgTable(
	'cooperation_profiles',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		producerId: uuid('producer_id').references(() => producers.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
		/** The account that wrote it (no foreign key: accounts are anonymised, not deleted). */
		createdByUserId: text('created_by_user_id'),
		direction: text('direction').$type<CooperationDirection>().notNull(),
		kind: text('kind').$type<CooperationKind>().notNull(),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		description: jsonb('description').$type<LocalizedText>().notNull(),
		/** ISO 3166 alpha-2 codes of the countries wanted; empty = any. */
		countries: text('countries').array().notNull().default(sql`'{}'::text[]`),
		/** Languages the owner works in (lv, en, ro, ru, …). */
		languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
		contactName: text('contact_name'),
		contactEmail: text('contact_email'),
		contactPhone: text('contact_phone'),
		status: text('status').$type<CooperationStatus>().notNull().default('draft'),
		rejectionReason: text('rejection_reason'),
		reviewedByUserId: text('reviewed_by_user_id'),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		/** Default six months after publication; renewing moves it. */
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		renewalRemindedAt: timestamp('renewal_reminded_at', { withTimezone: true }),
		/** Folded text of every language for search (search/fold). */
		searchText: text('search_text').notNull().default(''),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('cooperation_profiles_status_idx').on(t.status, t.publishedAt),
		index('cooperation_profiles_producer_idx').on(t.producerId),
		index('cooperation_profiles_organisation_idx').on(t.organisationId),
		check('cooperation_profiles_owner_check', sql`(${t.producerId} IS NULL) <> (${t.organisationId} IS NULL)`),
		check('cooperation_profiles_direction_check', sql`${t.direction} IN ('offer', 'request')`),
		check(
			'cooperation_profiles_kind_check',
			sql`${t.kind} IN ('distribution', 'sourcing', 'joint_venture', 'subcontracting', 'tourism_package', 'know_how', 'municipal_partnership', 'project_partner')`
		),
		check('cooperation_profiles_status_check', sql`${t.status} IN ('draft', 'pending', 'published', 'rejected', 'expired', 'withdrawn')`)
	]
);

/** A profile's sectors: directory categories. */
export const cooperationProfileCategories = pgTable(
	'cooperation_profile_categories',
	{
		profileId: uuid('profile_id')
			.notNull()
			.references(() => cooperationProfiles.id, { onDelete: 'cascade' }),
		categoryId: integer('category_id')
			.notNull()
			.references(() => categories.id)
	},
	(t) => [primaryKey({ columns: [t.profileId, t.categoryId] }), index('cooperation_profile_categories_category_idx').on(t.categoryId)]
);

/** Regions (or municipalities, raioane) the profile wants its counterpart in; none = anywhere in its countries. */
export const cooperationProfileRegions = pgTable(
	'cooperation_profile_regions',
	{
		profileId: uuid('profile_id')
			.notNull()
			.references(() => cooperationProfiles.id, { onDelete: 'cascade' }),
		territoryId: integer('territory_id')
			.notNull()
			.references(() => territories.id)
	},
	(t) => [primaryKey({ columns: [t.profileId, t.territoryId] })]
);

/**
 * A suggested counterpart, written when a profile is published (the pure scorer in
 * domain/cooperation/match.ts). One row per unordered pair, profileId < counterpartId by uuid text.
 * digestedAt marks the weekly digest that told about it.
 */
export const cooperationMatches = pgTable(
	'cooperation_matches',
	{
		profileId: uuid('profile_id')
			.notNull()
			.references(() => cooperationProfiles.id, { onDelete: 'cascade' }),
		counterpartId: uuid('counterpart_id')
			.notNull()
			.references(() => cooperationProfiles.id, { onDelete: 'cascade' }),
		score: real('score').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		digestedAt: timestamp('digested_at', { withTimezone: true })
	},
	(t) => [primaryKey({ columns: [t.profileId, t.counterpartId] }), index('cooperation_matches_counterpart_idx').on(t.counterpartId), index('cooperation_matches_digest_idx').on(t.digestedAt)]
);

export const INTEREST_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

/**
 * "I am interested": from a signed-in user, optionally on behalf of one of their own profiles, to a
 * published profile. The target's owner sees who and why, and accepts or declines; only an accepted
 * interest shows either side's contacts. Messages and outcomes hang off it.
 */
export const cooperationInterests = pgTable(
	'cooperation_interests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		profileId: uuid('profile_id')
			.notNull()
			.references(() => cooperationProfiles.id, { onDelete: 'cascade' }),
		fromProfileId: uuid('from_profile_id').references(() => cooperationProfiles.id, { onDelete: 'set null' }),
		fromUserId: text('from_user_id').notNull(),
		/** Who they are (as they present themselves) and why, shown to the target before acceptance. */
		fromName: text('from_name').notNull(),
		message: text('message').notNull(),
		/** Their contacts, shown to the target only once accepted. */
		contactEmail: text('contact_email'),
		contactPhone: text('contact_phone'),
		locale: text('locale').notNull().default('lv'),
		status: text('status').$type<InterestStatus>().notNull().default('pending'),
		decidedByUserId: text('decided_by_user_id'),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		// one open interest per person and profile
		uniqueIndex('cooperation_interests_open_uq').on(t.profileId, t.fromUserId).where(sql`status IN ('pending', 'accepted')`),
		index('cooperation_interests_from_user_idx').on(t.fromUserId),
		check('cooperation_interests_status_check', sql`${t.status} IN ('pending', 'accepted', 'declined', 'withdrawn')`)
	]
);

/** The thread between the two sides of an accepted interest. */
export const cooperationMessages = pgTable(
	'cooperation_messages',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		interestId: uuid('interest_id')
			.notNull()
			.references(() => cooperationInterests.id, { onDelete: 'cascade' }),
		authorUserId: text('author_user_id'),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('cooperation_messages_interest_idx').on(t.interestId, t.createdAt)]
);

export const OUTCOME_KINDS = ['meeting', 'agreement', 'first_order'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** What came of an accepted interest, counted in impact reports (meetings, agreements, first orders). */
export const cooperationOutcomes = pgTable(
	'cooperation_outcomes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		interestId: uuid('interest_id')
			.notNull()
			.references(() => cooperationInterests.id, { onDelete: 'cascade' }),
		kind: text('kind').$type<OutcomeKind>().notNull(),
		happenedOn: date('happened_on').notNull(),
		note: text('note'),
		recordedByUserId: text('recorded_by_user_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('cooperation_outcomes_kind_uq').on(t.interestId, t.kind),
		check('cooperation_outcomes_kind_check', sql`${t.kind} IN ('meeting', 'agreement', 'first_order')`)
	]
);

/** Accounts that turned the weekly match digest off (one click from the e-mail). */
export const cooperationDigestOptOuts = pgTable('cooperation_digest_opt_outs', {
	userId: text('user_id').primaryKey(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
