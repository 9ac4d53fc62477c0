/**
 * The admin page's steps. Upload: the file is stored and a dry-run job checks it (the preview).
 * Confirm: a job imports it for real. Both jobs run `runImport` (jobs.ts); the page polls the row.
 */
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { findImport, insertImport, updateImport } from './imports-repository';

export const IMPORT_JOB = 'import.run';
export type ImportJob = { importId: string; dryRun: boolean };

export async function uploadImport(
	db: Db,
	input: { fileName: string; file: Uint8Array; sheet: string | null; asStatus: 'pending' | 'published'; userId: string }
): Promise<string> {
	return db.transaction(async (tx) => {
		const id = await insertImport(tx, { fileName: input.fileName, file: input.file, sheet: input.sheet, asStatus: input.asStatus, createdBy: input.userId });
		await enqueueJob(tx, IMPORT_JOB, { importId: id, dryRun: true } satisfies ImportJob);
		await recordAudit(tx, { actorUserId: input.userId, action: 'import.upload', entityType: 'import', entityId: id, details: { fileName: input.fileName, bytes: input.file.length } });
		return id;
	});
}

/** Only a previewed import can be confirmed (a second click, or a reload, does nothing). */
export async function confirmImport(db: Db, id: string, userId: string): Promise<boolean> {
	return db.transaction(async (tx) => {
		const row = await findImport(tx, id);
		if (!row || row.status !== 'previewed' || row.report?.fileError) return false;
		await updateImport(tx, id, { status: 'queued', phase: null, rowsDone: 0 });
		await enqueueJob(tx, IMPORT_JOB, { importId: id, dryRun: false } satisfies ImportJob, { dedupeKey: `import:${id}` });
		await recordAudit(tx, { actorUserId: userId, action: 'import.confirm', entityType: 'import', entityId: id, details: { fileName: row.fileName, asStatus: row.asStatus } });
		return true;
	});
}

/**
 * A confirmed import that failed continues after the rows its committed batches wrote (jobs.ts);
 * one that crashed is claimed again by the job worker and continues by itself.
 */
export async function resumeImport(db: Db, id: string, userId: string): Promise<boolean> {
	return db.transaction(async (tx) => {
		const row = await findImport(tx, id);
		if (!row || row.status !== 'failed' || !row.report || row.report.fileError) return false;
		await updateImport(tx, id, { status: 'queued', phase: null, error: null, finishedAt: null });
		await enqueueJob(tx, IMPORT_JOB, { importId: id, dryRun: false } satisfies ImportJob, { dedupeKey: `import:${id}` });
		await recordAudit(tx, { actorUserId: userId, action: 'import.resume', entityType: 'import', entityId: id, details: { fileName: row.fileName, rowsWritten: row.rowsWritten } });
		return true;
	});
}
