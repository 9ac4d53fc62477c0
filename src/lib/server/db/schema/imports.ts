import { customType, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Raw file bytes; uploads live in the database so any app process can run the import job. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const importStatus = pgEnum('import_status', ['previewed', 'queued', 'running', 'done', 'failed']);

/** One uploaded spreadsheet: its preview, its progress while the job runs, its final report. */
export const imports = pgTable('imports', {
	id: uuid('id').primaryKey().defaultRandom(),
	fileName: text('file_name').notNull(),
	file: bytea('file').notNull(),
	sheet: text('sheet'),
	/** Status given to new listings: pending (reviewed by moderators) or published. */
	asStatus: text('as_status').notNull().default('pending'),
	status: importStatus('status').notNull().default('previewed'),
	/** validating | writing | indexing while running. */
	phase: text('phase'),
	rowsTotal: integer('rows_total').notNull().default(0),
	rowsDone: integer('rows_done').notNull().default(0),
	/** Planned rows committed by the confirmed import, updated in each batch's transaction: a resumed job starts after them. */
	rowsWritten: integer('rows_written').notNull().default(0),
	/** When a confirmed import last continued after an interruption (crash, restart, failure). */
	resumedAt: timestamp('resumed_at', { withTimezone: true }),
	/** The dry-run report (preview), replaced by the real run's report when done. */
	report: jsonb('report'),
	error: text('error'),
	createdBy: text('created_by'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
	finishedAt: timestamp('finished_at', { withTimezone: true })
});
