import { customType, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { mentoringResources } from './mentoring';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * The bytes of a file a mentoring pair shared (mentoring_resources.storage_key = 'db:<resource id>'),
 * kept in the database like the library's handbooks: every app process and every backup has them.
 * Served only to the pair (by their link) and to the organisation's coordinator.
 */
export const mentoringFiles = pgTable('mentoring_files', {
	resourceId: uuid('resource_id')
		.primaryKey()
		.references(() => mentoringResources.id, { onDelete: 'cascade' }),
	mediaType: text('media_type').notNull(),
	bytes: bytea('bytes').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
