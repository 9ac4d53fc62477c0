import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const jobState = pgEnum('job_state', ['pending', 'running', 'done', 'failed']);

/** Background work (mail, reindexing, imports), claimed by workers with FOR UPDATE SKIP LOCKED. */
export const jobs = pgTable(
	'jobs',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kind: text('kind').notNull(),
		payload: jsonb('payload').$type<unknown>().notNull(),
		state: jobState('state').notNull().default('pending'),
		runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
		attempts: integer('attempts').notNull().default(0),
		maxAttempts: integer('max_attempts').notNull().default(5),
		/** Only one pending job per key: enqueueing it again while it waits is a no-op. */
		dedupeKey: text('dedupe_key'),
		lockedAt: timestamp('locked_at', { withTimezone: true }),
		lockedBy: text('locked_by'),
		lastError: text('last_error'),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('jobs_due_idx').on(t.state, t.runAt),
		uniqueIndex('jobs_pending_dedupe_uq').on(t.dedupeKey).where(sql`state = 'pending'`)
	]
);

export const mailStatus = pgEnum('mail_status', ['queued', 'sent', 'dev_outbox', 'failed']);

/** Every mail the app sends; without SMTP_URL it stays here as the dev outbox admins read. */
/** A file attached to an outgoing mail. */
export type MailAttachment = { filename: string; contentType: string; content: string; /** Content id for an inline image (`cid:` in the HTML). */ cid?: string };

export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		to: text('to_address').notNull(),
		subject: text('subject').notNull(),
		text: text('text_body').notNull(),
		html: text('html_body'),
		/** Files sent with the mail (an event's .ics), content base64-encoded. */
		attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default([]),
		/** Extra headers (List-Unsubscribe, List-Unsubscribe-Post for the alerts' one-click unsubscribe). */
		headers: jsonb('headers').$type<Record<string, string>>(),
		status: mailStatus('status').notNull().default('queued'),
		error: text('error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [index('mail_outbox_created_idx').on(t.createdAt), index('mail_outbox_to_idx').on(t.to)]
);

/** Fixed-window counters shared by every app process (login throttling, mail requests). */
export const rateLimits = pgTable('rate_limits', {
	key: text('key').primaryKey(),
	count: integer('count').notNull(),
	resetAt: timestamp('reset_at', { withTimezone: true }).notNull()
});
