/**
 * Job `import.run`: a dry run (preview) or the real import of a stored upload, with progress on the
 * row. The real import commits in batches of IMPORT_BATCH_ROWS (config) planned rows, each with `rows_written` in
 * its transaction; run again after a crash (the job is claimed again) or a failure, it resumes after
 * them (docs/decisions/009).
 */
import { recordAudit } from '../audit/audit-repository';
import { config } from '../config/env';
import type { Db } from '../db/types';
import { registerJobHandler } from '../jobs/registry';
import { IMPORT_JOB, type ImportJob } from './admin-flow';
import { runImport } from './flow';
import { findImport, readImportFile, updateImport } from './imports-repository';

/** PGlite has a single connection: a progress write outside the open import transaction would wait for it. */
function isPglite(db: Db): boolean {
	const client = (db as unknown as { $client?: object }).$client;
	return !!client && 'dumpDataDir' in client;
}


/** For tests: a smaller batch, and a hook after each committed batch (throwing there acts as a crash). */
export type ImportJobHooks = { batchRows?: number; afterBatch?: (written: number) => Promise<void> };

export async function runImportJob(db: Db, job: ImportJob, hooks: ImportJobHooks = {}): Promise<void> {
	const row = await findImport(db, job.importId);
	const file = await readImportFile(db, job.importId);
	if (!row || !file) throw new Error(`Import ${job.importId} not found`);
	if (!job.dryRun && row.status === 'done') return; // a job claimed again after its import finished
	const resumed = !job.dryRun && row.rowsWritten > 0;
	await updateImport(db, row.id, { status: 'running', phase: 'validating', rowsDone: 0, error: null, ...(resumed ? { resumedAt: new Date() } : {}) });
	try {
		const report = await runImport(db, file, {
			fileName: row.fileName,
			sheet: row.sheet,
			dryRun: job.dryRun,
			asStatus: row.asStatus,
			progressWhileWriting: !isPglite(db),
			onProgress: async (p) => {
				if (p.phase === 'writing') return hooks.afterBatch?.(p.done); // recorded in the batch's transaction
				await updateImport(db, row.id, { phase: p.phase, rowsDone: p.done, rowsTotal: p.total });
			},
			batches: job.dryRun
				? undefined
				: {
						importId: row.id,
						size: hooks.batchRows ?? config().IMPORT_BATCH_ROWS,
						written: row.rowsWritten,
						record: (tx, written, total) => updateImport(tx, row.id, { phase: 'writing', rowsWritten: written, rowsDone: written, rowsTotal: total })
					}
		});
		await updateImport(db, row.id, { status: job.dryRun ? 'previewed' : 'done', phase: null, rowsDone: report.rows, rowsTotal: report.rows, report, finishedAt: job.dryRun ? null : new Date() });
		if (!job.dryRun) {
			await recordAudit(db, {
				actorUserId: row.createdBy,
				action: 'import.complete',
				entityType: 'import',
				entityId: row.id,
				details: { fileName: row.fileName, created: report.created, updated: report.updated, skipped: report.skipped }
			});
		}
	} catch (e) {
		// shown on the import's page with the rows written before it (rows_written); the failed batch rolled back
		console.error(`Import ${row.id} (${row.fileName}) failed:`, e);
		await updateImport(db, row.id, { status: 'failed', phase: null, error: e instanceof Error ? e.message : String(e), finishedAt: new Date() });
	}
}

registerJobHandler(IMPORT_JOB, (db, payload: ImportJob) => runImportJob(db, payload));
