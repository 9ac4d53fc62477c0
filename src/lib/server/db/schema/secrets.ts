import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Secrets the app generated for itself (the signing secret when AUTH_SECRET is unset on a
 * PostgreSQL database outside production), so every app process on the database uses the same one.
 * Backups leave this table out (backup/catalog.ts): a backup file must not carry signing keys.
 */
export const appSecrets = pgTable('app_secrets', {
	name: text('name').primaryKey(),
	value: text('value').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
