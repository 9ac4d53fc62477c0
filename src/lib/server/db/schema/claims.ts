import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { producers } from './producers';

export const claimStatus = pgEnum('claim_status', ['pending', 'approved', 'rejected']);

/**
 * "This is my business": a signed-in user asks to manage an existing listing. Approved by a
 * moderator, or at once when the user's verified e-mail equals the listing's e-mail. Approval adds
 * a `producer_owners` row. User ids carry no foreign key: accounts are anonymised, not deleted, and
 * the decision history stays.
 */
export const claims = pgTable(
	'claims',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		producerId: uuid('producer_id')
			.notNull()
			.references(() => producers.id, { onDelete: 'cascade' }),
		userId: text('user_id').notNull(),
		status: claimStatus('status').notNull().default('pending'),
		/** What the claimant tells the moderator (their role, how to check). */
		message: text('message'),
		/** The claimant's language, for the decision e-mail. */
		locale: text('locale').notNull().default('lv'),
		autoApproved: boolean('auto_approved').notNull().default(false),
		decidedByUserId: text('decided_by_user_id'),
		/** Shown to the claimant when rejected. */
		decisionReason: text('decision_reason'),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		// one open claim per person and listing; a rejected one may be followed by a new one
		uniqueIndex('claims_one_pending_uq').on(t.producerId, t.userId).where(sql`status = 'pending'`),
		index('claims_status_idx').on(t.status, t.createdAt),
		index('claims_user_idx').on(t.userId)
	]
);
