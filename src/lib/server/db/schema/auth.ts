import { boolean, index, pgEnum, pgTable, primaryKey, serial, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { producers } from './producers';

/**
 * better-auth's core tables (user, session, account, verification), written by hand to match the
 * fields better-auth 1.7 expects (TypeScript keys are its field names; the adapter maps them).
 * Ids are better-auth's own random strings, hence text.
 */
export const user = pgTable('user', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	email: text('email').notNull().unique(),
	emailVerified: boolean('email_verified').notNull().default(false),
	image: text('image'),
	/** The language mails to this user are written in (lv | en | ro | ru). */
	locale: text('locale').notNull().default('lv'),
	/** Set when the account was deleted: the row stays (anonymised) where published content needs it. */
	deletedAt: timestamp('deleted_at', { withTimezone: true }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		token: text('token').notNull().unique(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' })
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

export const account = pgTable(
	'account',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
		refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
		scope: text('scope'),
		password: text('password'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('account_user_idx').on(t.userId)]
);

export const verification = pgTable(
	'verification',
	{
		id: text('id').primaryKey(),
		identifier: text('identifier').notNull(),
		value: text('value').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('verification_identifier_idx').on(t.identifier)]
);

export const userRole = pgEnum('user_role', ['admin', 'moderator', 'territory_editor', 'producer', 'member']);

/** Roles a user holds; a territory editor's row names the organisation whose territories they edit. */
export const userRoles = pgTable(
	'user_roles',
	{
		id: serial('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: userRole('role').notNull(),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('user_roles_uq').on(t.userId, t.role, t.organisationId).nullsNotDistinct(), index('user_roles_user_idx').on(t.userId)]
);

/** Producers a user owns (approved claims or listings they created). */
export const producerOwners = pgTable(
	'producer_owners',
	{
		producerId: uuid('producer_id')
			.notNull()
			.references(() => producers.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.producerId, t.userId] }), index('producer_owners_user_idx').on(t.userId)]
);

/** Consent given at sign-up (GDPR): which text, which version, when. */
export const consents = pgTable(
	'consents',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** What was agreed to, e.g. "privacy". */
		kind: text('kind').notNull(),
		/** Version of the text shown (PRIVACY_VERSION when the user agreed). */
		textVersion: text('text_version').notNull(),
		locale: text('locale').notNull(),
		givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('consents_user_idx').on(t.userId)]
);
