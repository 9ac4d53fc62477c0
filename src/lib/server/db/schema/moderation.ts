import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const revisionEntityType = pgEnum('revision_entity_type', ['producer', 'product', 'sales_point', 'place']);

/**
 * unconfirmed: a suggestion whose e-mail link was not clicked yet (not in the queue);
 * pending: waits for a moderator; published: applied to the listing; changes_requested: sent back
 * to the author with a message; rejected: refused with a reason; archived: put away unapplied.
 */
export const revisionStatus = pgEnum('revision_status', [
	'unconfirmed',
	'pending',
	'published',
	'rejected',
	'changes_requested',
	'archived'
]);

export const revisionSource = pgEnum('revision_source', ['suggestion', 'owner', 'moderator', 'import']);

/** Every change to a listing: who proposed what against which version, and what became of it. */
export const revisions = pgTable(
	'revisions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		entityType: revisionEntityType('entity_type').notNull(),
		/** No foreign key: the row may be a producer, product, sales point or place. */
		entityId: uuid('entity_id').notNull(),
		/** The listing's `version` the author saw; a review of an older base is refused. */
		baseVersion: integer('base_version').notNull(),
		/** Changed fields only, draft field names (moderation/drafts.ts). */
		proposed: jsonb('proposed').$type<Record<string, unknown>>().notNull(),
		changedFields: text('changed_fields').array().notNull(),
		/** True when the revision creates the listing (it was pending until this revision is approved). */
		isNew: boolean('is_new').notNull().default(false),
		source: revisionSource('source').notNull(),
		status: revisionStatus('status').notNull().default('pending'),
		note: text('note'),
		/** The rejection reason or the requested changes. */
		reason: text('reason'),
		authorUserId: text('author_user_id'),
		authorEmail: text('author_email'),
		authorLocale: text('author_locale').notNull().default('lv'),
		/** Municipality of the listing when submitted, for territory filters and the digest. */
		municipalityId: integer('municipality_id'),
		reviewedBy: text('reviewed_by'),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		/** SHA-256 of the suggestion's e-mail confirmation token; null once confirmed. */
		confirmTokenHash: text('confirm_token_hash').unique(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** When the revision entered the queue (confirmation time for suggestions). */
		queuedAt: timestamp('queued_at', { withTimezone: true })
	},
	(t) => [
		index('revisions_status_queued_idx').on(t.status, t.queuedAt),
		index('revisions_entity_idx').on(t.entityType, t.entityId),
		index('revisions_municipality_idx').on(t.municipalityId)
	]
);
