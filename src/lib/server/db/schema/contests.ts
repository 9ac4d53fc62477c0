import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, serial, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from './common';
import { images } from './images';
import { organisations } from './organisations';
import { people } from './people';
import { producers } from './producers';
import { projects } from './projects';
import { territories } from './territories';

/**
 * A contest or giveaway of an organisation (issue 18) with a draw anyone can verify
 * (docs/contest-draw.md). The randomness source is fixed when the contest is published; the list is
 * frozen (hash, count) when entries close; the order is derived once the source's value is known.
 */
export const contests = pgTable(
	'contests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
		slug: text('slug').notNull().unique(),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		rules: jsonb('rules').$type<LocalizedText>().notNull(),
		/** draft → published (entries per the window) → frozen → drawn */
		status: text('status').$type<'draft' | 'published'>().notNull().default('draft'),
		opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
		closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
		winners: integer('winners').notNull().default(1),
		/** 'email' (anyone confirmed), 'attendance' (≥ minEvents attended in eligibilityProjectId), 'question', 'photo' (migration 0043) */
		eligibility: text('eligibility').$type<'email' | 'attendance' | 'question' | 'photo'>().notNull().default('email'),
		minEvents: integer('min_events'),
		eligibilityProjectId: uuid('eligibility_project_id').references(() => projects.id, { onDelete: 'set null' }),
		/** The question to answer, or for a photo contest what to photograph. */
		question: jsonb('question').$type<LocalizedText>(),
		/** 'drand' (chain + round) or 'commit' (commitment; the secret is kept until the reveal) */
		sourceKind: text('source_kind').$type<'drand' | 'commit'>().notNull().default('drand'),
		drandChain: text('drand_chain'),
		drandRound: integer('drand_round'),
		beaconRandomness: text('beacon_randomness'),
		beaconSignature: text('beacon_signature'),
		commitment: text('commitment'),
		secret: text('secret'),
		secretRevealedAt: timestamp('secret_revealed_at', { withTimezone: true }),
		frozenAt: timestamp('frozen_at', { withTimezone: true }),
		listHash: text('list_hash'),
		/** The canonical list file itself (docs/contest-draw.md), kept as published: later erasure never changes it. */
		frozenList: text('frozen_list'),
		entryCount: integer('entry_count'),
		seed: text('seed'),
		/** The whole derived order of public entry ids: winners first, then alternates. */
		drawOrder: jsonb('draw_order').$type<string[]>(),
		drawnAt: timestamp('drawn_at', { withTimezone: true }),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	// the checks migrations 0040 and 0043 create
	(t) => [
		index('contests_organisation_idx').on(t.organisationId),
		check('contests_status_check', sql`${t.status} IN ('draft', 'published')`),
		check('contests_eligibility_check', sql`${t.eligibility} IN ('email', 'attendance', 'question', 'photo')`),
		check('contests_source_check', sql`${t.sourceKind} IN ('drand', 'commit')`),
		check('contests_winners_check', sql`${t.winners} BETWEEN 1 AND 1000`)
	]
);

/** A prize, usually given by a producer (shown on the producer's page). */
export const contestPrizes = pgTable(
	'contest_prizes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		contestId: uuid('contest_id')
			.notNull()
			.references(() => contests.id, { onDelete: 'cascade' }),
		producerId: uuid('producer_id').references(() => producers.id, { onDelete: 'set null' }),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [index('contest_prizes_contest_idx').on(t.contestId), index('contest_prizes_producer_idx').on(t.producerId)]
);

/**
 * One entry: a person (people row, confirmed by e-mail) under a pseudonymous public id — the only
 * thing the published list shows. `decision` marks a drawn winner who declined or was not eligible
 * (their place goes to the next alternate); `consentedAt` lets the page show their name.
 */
export const contestEntries = pgTable(
	'contest_entries',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		contestId: uuid('contest_id')
			.notNull()
			.references(() => contests.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id),
		publicId: text('public_id').notNull(),
		answer: text('answer'),
		municipalityId: integer('municipality_id').references(() => territories.id),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		participationId: uuid('participation_id'),
		decision: text('decision').$type<'declined' | 'ineligible'>(),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		consentedAt: timestamp('consented_at', { withTimezone: true }),
		/** A photo contest's entry photo (migration 0043): only an approved photo puts the entry in the frozen list. */
		imageId: uuid('image_id').references(() => images.id, { onDelete: 'set null' }),
		photoStatus: text('photo_status').$type<'pending' | 'approved' | 'rejected'>(),
		photoReason: text('photo_reason'),
		photoDecidedAt: timestamp('photo_decided_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		unique('contest_entries_public_uq').on(t.contestId, t.publicId),
		unique('contest_entries_person_uq').on(t.contestId, t.personId),
		index('contest_entries_person_idx').on(t.personId),
		// the photo review's pending / approved counts per contest (migration 0043)
		index('contest_entries_photo_idx').on(t.contestId, t.photoStatus),
		check('contest_entries_decision_check', sql`${t.decision} IS NULL OR ${t.decision} IN ('declined', 'ineligible')`),
		check('contest_entries_photo_status_check', sql`${t.photoStatus} IS NULL OR ${t.photoStatus} IN ('pending', 'approved', 'rejected')`)
	]
);

/** The draw's public log: freeze, source entered, order derived, each decline / ineligible / promotion. */
export const contestDrawLog = pgTable(
	'contest_draw_log',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		contestId: uuid('contest_id')
			.notNull()
			.references(() => contests.id, { onDelete: 'cascade' }),
		action: text('action').notNull(),
		/** Public entry id concerned (never a name). */
		publicId: text('public_id'),
		details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		/** Insertion order: several steps of one request share a timestamp. */
		seq: serial('seq').notNull()
	},
	// in the order listDrawLog reads it (migration 0044: was (contest_id, at))
	(t) => [index('contest_draw_log_contest_idx').on(t.contestId, t.seq)]
);
