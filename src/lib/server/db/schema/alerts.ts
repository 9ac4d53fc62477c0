import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth';

/**
 * Alerts (issue 12): a weekly e-mail about new producers, products or sales points matching a
 * saved search, without an account. Double opt-in: `pending` until the e-mailed link is used;
 * unconfirmed rows are deleted at `expires_at`. Unsubscribing deletes the row.
 */
export const alertSubscriptions = pgTable(
	'alert_subscriptions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		email: text('email').notNull(),
		locale: text('locale').notNull(),
		/** The account whose address it is, when the subscriber was signed in with it. */
		userId: text('user_id').references(() => user.id, { onDelete: 'cascade' }),
		/** The saved search as a URL query ("category=medus&municipality=siguldas-novads"). */
		query: text('query').notNull(),
		/** producers | products | sales_points */
		what: text('what').array().notNull(),
		status: text('status', { enum: ['pending', 'confirmed'] }).notNull().default('pending'),
		/** The consent sentence the subscriber ticked, in their language (created_at is when). */
		consentText: text('consent_text').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		/** News are counted from here: the confirmation, then each digest. */
		lastSentAt: timestamp('last_sent_at', { withTimezone: true }),
		expiresAt: timestamp('expires_at', { withTimezone: true })
	},
	(t) => [
		index('alert_subscriptions_email_idx').on(sql`lower(${t.email})`),
		index('alert_subscriptions_status_idx').on(t.status, t.expiresAt),
		index('alert_subscriptions_user_idx').on(t.userId)
	]
);
