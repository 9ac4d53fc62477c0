import { pgEnum, timestamp } from 'drizzle-orm/pg-core';

export type { LocalizedText } from '../../../domain/types';

export const publicationStatus = pgEnum('publication_status', [
	'draft',
	'pending',
	'published',
	'rejected',
	'archived'
]);

/** How precisely a location may be shown to the public (home producers sell from home). */
export const locationPrecision = pgEnum('location_precision', ['exact', 'locality', 'municipality']);

export const timestamps = {
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
};
