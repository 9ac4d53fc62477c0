import { index, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { user } from './auth';
import { organisations } from './organisations';

/** A person's role in one organisation's workspace (decision 006); global roles are in user_roles. */
export const organisationRole = pgEnum('organisation_role', ['coordinator', 'editor']);

/** Staff of an organisation: who may work in its workspace, and as what. */
export const organisationMembers = pgTable(
	'organisation_members',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: organisationRole('role').notNull(),
		/** Who added them (an admin, or the coordinator whose invitation they accepted). */
		addedBy: text('added_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [unique('organisation_members_uq').on(t.organisationId, t.userId), index('organisation_members_user_idx').on(t.userId)]
);

/**
 * An invitation by e-mail to join a workspace. The link carries a token whose SHA-256 is stored
 * here; it is accepted by a signed-in account with the same (confirmed) address, once.
 */
export const organisationInvitations = pgTable(
	'organisation_invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		role: organisationRole('role').notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: text('invited_by'),
		locale: text('locale').notNull().default('lv'),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		acceptedBy: text('accepted_by'),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('organisation_invitations_org_idx').on(t.organisationId),
		// one open invitation per address and organisation: inviting again renews it
		uniqueIndex('organisation_invitations_open_uq').on(t.organisationId, t.email).where(sql`accepted_at IS NULL AND revoked_at IS NULL`)
	]
);
