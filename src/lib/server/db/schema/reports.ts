import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './common';
import { territories } from './territories';

export const reportListingType = pgEnum('report_listing_type', ['producer', 'sales_point', 'organisation', 'place']);
export const reportReason = pgEnum('report_reason', ['closed', 'wrong_info', 'duplicate', 'inappropriate']);
export const reportStatus = pgEnum('report_status', ['open', 'resolved', 'dismissed']);

/** "Report a problem" on a public listing: lands in the moderators' reports tab. */
export const reports = pgTable(
	'reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		listingType: reportListingType('listing_type').notNull(),
		/** No foreign key: the id points into one of four tables, named by listing_type. */
		listingId: uuid('listing_id').notNull(),
		/** The listing's municipality when reported, so territory editors see their own reports. */
		municipalityId: integer('municipality_id').references(() => territories.id),
		reason: reportReason('reason').notNull(),
		comment: text('comment').notNull(),
		/** For reason = duplicate: the listing (same type) this one repeats. */
		duplicateOfId: uuid('duplicate_of_id'),
		/** Optional, only to tell the reporter what came of it. */
		reporterEmail: text('reporter_email'),
		reporterUserId: text('reporter_user_id'),
		/** The language of the reply mail. */
		reporterLocale: text('reporter_locale').notNull().default('lv'),
		status: reportStatus('status').notNull().default('open'),
		resolutionNote: text('resolution_note'),
		/** The listing's status before resolving archived it (null = the listing was left as it was). */
		previousListingStatus: text('previous_listing_status'),
		resolvedByUserId: text('resolved_by_user_id'),
		resolvedAt: timestamp('resolved_at', { withTimezone: true }),
		...timestamps
	},
	(t) => [
		index('reports_status_created_idx').on(t.status, t.createdAt),
		index('reports_municipality_idx').on(t.municipalityId),
		index('reports_listing_idx').on(t.listingType, t.listingId)
	]
);
