/** Job `import.run`: a dry run (preview) or the real import of a stored upload, with progress on the row. */
import { recordAudit } from '../audit/audit-repository';
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

export async function runImportJob(db: Db, job: ImportJob): Promise<void> {
	const row = await findImport(db, job.importId);
	const file = await readImportFile(db, job.importId);
	if (!row || !file) throw new Error(`Import ${job.importId} not found`);
	await updateImport(db, row.id, { status: 'running', phase: 'validating', rowsDone: 0 });
	try {
		const report = await runImport(db, file, {
			fileName: row.fileName,
			sheet: row.sheet,
			dryRun: job.dryRun,
			asStatus: row.asStatus,
			progressWhileWriting: !isPglite(db),
			onProgress: (p) => updateImport(db, row.id, { phase: p.phase, rowsDone: p.done, rowsTotal: p.total })
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
		// shown on the import's page; the transaction rolled back, so a retry would only repeat the failure
		console.error(`Import ${row.id} (${row.fileName}) failed:`, e);
		await updateImport(db, row.id, { status: 'failed', phase: null, error: e instanceof Error ? e.message : String(e), finishedAt: new Date() });
	}
}

registerJobHandler(IMPORT_JOB, (db, payload: ImportJob) => runImportJob(db, payload));
