import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { user } from './auth';

/**
 * A person key: one row per confirmed (or to-be-confirmed) e-mail address, with or without an account.
 * Events, programmes, surveys and contests point at a person so reports count people, not rows
 * (decision 006). Anonymisation clears every personal field but keeps the row and its id; a merge
 * keeps the merged row too, pointing at the survivor, so its address still finds the right person.
 */
export const people = pgTable(
	'people',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Normalised address (people/domain.ts `normaliseEmail`); null once anonymised. */
		email: text('email'),
		/** The account this person is, when they have one (linked by a confirmed, equal address). */
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		name: text('name'),
		/** The language mails to this person are written in. */
		locale: text('locale').notNull().default('lv'),
		/** Set by the e-mailed confirmation link (or by linking a confirmed account). */
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		/** Set when a coordinator merged this row into another: the survivor. */
		mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => people.id),
		anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('people_email_uq').on(t.email).where(sql`email IS NOT NULL`),
		uniqueIndex('people_user_uq').on(t.userId).where(sql`user_id IS NOT NULL AND merged_into_id IS NULL`),
		index('people_merged_into_idx').on(t.mergedIntoId)
	]
);

/**
 * A pending e-mail confirmation: the link carries a signed token naming this row; using it once
 * sets `usedAt`. `purpose` names the feature that asked (event registration, …) and `payload` what
 * to do once confirmed (people/confirmations.ts has the registry).
 */
export const personConfirmations = pgTable(
	'person_confirmations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		personId: uuid('person_id')
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		purpose: text('purpose').notNull(),
		payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('person_confirmations_person_idx').on(t.personId), index('person_confirmations_expires_idx').on(t.expiresAt)]
);

/** A coordinator's merge of two person rows: who, when, in which organisation, what moved. */
export const personMerges = pgTable(
	'person_merges',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		survivorId: uuid('survivor_id')
			.notNull()
			.references(() => people.id),
		mergedId: uuid('merged_id')
			.notNull()
			.references(() => people.id),
		/** The workspace the merge was made in (null: by an admin outside one). */
		organisationId: uuid('organisation_id'),
		actorUserId: text('actor_user_id'),
		/** Rows moved per table, and participations dropped as duplicates of the survivor's. */
		moved: jsonb('moved').$type<Record<string, number>>().notNull().default({}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('person_merges_survivor_idx').on(t.survivorId), index('person_merges_merged_idx').on(t.mergedId)]
);
