/**
 * The confirmed admin import commits in batches (docs/decisions/009): other queries get the database
 * between batches, and an interrupted import continues after its committed rows, writing each row once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, like } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { imports, jobs, producers, user } from '$lib/server/db/schema';
import { openTestDb } from '$lib/server/db/test-db';
import { confirmImport, IMPORT_JOB, resumeImport, uploadImport, type ImportJob } from './admin-flow';
import { importView } from './admin-view';
import { findImport } from './imports-repository';
import { runImportJob, type ImportJobHooks } from './jobs';

let handle: DbHandle;
const ADMIN = 'batch-admin';
const BATCH = 40;

beforeAll(async () => {
	handle = await openTestDb();
	await handle.db.insert(user).values({ id: ADMIN, name: 'Admin', email: 'batch-admin@example.lv' });
});
afterAll(async () => {
	await handle?.close();
});

/** Rows without external_id: a resumed run must not mistake its own earlier rows for duplicates. */
const csvOf = (prefix: string, rows: number) =>
	'Nosaukums;Novads;Produkti\n' + Array.from({ length: rows }, (_, i) => `${prefix} ${i + 1};Siguldas nov.;Liepu medus`).join('\n') + '\n';

async function runQueuedImportJobs(hooks: ImportJobHooks = {}) {
	const queued = await handle.db.select({ id: jobs.id, payload: jobs.payload }).from(jobs).where(eq(jobs.kind, IMPORT_JOB));
	for (const j of queued) {
		await handle.db.delete(jobs).where(eq(jobs.id, j.id));
		await runImportJob(handle.db, j.payload as ImportJob, hooks);
	}
}

/** Uploads, previews and confirms; the confirmed job is left in the queue. */
async function confirmed(prefix: string, rows: number): Promise<string> {
	const id = await uploadImport(handle.db, { fileName: `${prefix}.csv`, file: new TextEncoder().encode(csvOf(prefix, rows)), sheet: null, asStatus: 'published', userId: ADMIN });
	await runQueuedImportJobs();
	expect(await confirmImport(handle.db, id, ADMIN)).toBe(true);
	return id;
}

const written = async (prefix: string) => (await handle.db.select({ n: count() }).from(producers).where(like(producers.name, `${prefix} %`)))[0].n;

describe('confirmed import in batches', () => {
	it('commits batch by batch; a concurrent read completes between batches, before the import ends', async () => {
		const rows = 200;
		const id = await confirmed('Partija', rows);
		const batches: number[] = [];
		// what another request reads while the import waits after each batch: had the import kept one
		// transaction open, this read would wait for the end (one PGlite connection) or see nothing
		const seenBetween: number[] = [];
		await runQueuedImportJobs({
			batchRows: BATCH,
			afterBatch: async (n) => {
				batches.push(n);
				seenBetween.push(await written('Partija'));
			}
		});

		expect(batches).toEqual([40, 80, 120, 160, 200]);
		expect(seenBetween).toEqual([40, 80, 120, 160, 200]);
		const row = (await findImport(handle.db, id))!;
		expect([row.status, row.rowsWritten, row.report!.created, row.report!.resumedAfter]).toEqual(['done', rows, rows, 0]);
		expect(await written('Partija')).toBe(rows);
	});

	it('after a crash following batch 3, continuing writes every row exactly once', async () => {
		const rows = 170;
		const id = await confirmed('Atsākt', rows);
		await runQueuedImportJobs({
			batchRows: BATCH,
			afterBatch: async (n) => {
				if (n === 3 * BATCH) throw new Error('simulated crash after batch 3');
			}
		});
		const stopped = (await findImport(handle.db, id))!;
		// the progress was committed with each batch: exactly what is in the table
		expect([stopped.status, stopped.rowsWritten, stopped.rowsTotal]).toEqual(['failed', 120, rows]);
		expect(await written('Atsākt')).toBe(120);
		expect(importView(stopped, 'en').rowsWritten).toBe(120);

		expect(await resumeImport(handle.db, id, ADMIN)).toBe(true);
		expect(await resumeImport(handle.db, id, ADMIN)).toBe(false); // queued already
		const resumedBatches: number[] = [];
		await runQueuedImportJobs({ batchRows: BATCH, afterBatch: async (n) => void resumedBatches.push(n) });
		expect(resumedBatches).toEqual([160, 170]); // batches 1–3 are not written again

		const done = (await findImport(handle.db, id))!;
		expect([done.status, done.rowsWritten, done.report!.created, done.report!.skipped, done.report!.resumedAfter]).toEqual(['done', rows, rows, 0, 120]);
		expect(done.resumedAt).not.toBeNull();
		expect(importView(done, 'en')).toMatchObject({ resumed: true, resumedAfter: 120 });
		// each row once, none reported as a duplicate of the rows the first run wrote
		const names = (await handle.db.select({ name: producers.name }).from(producers).where(like(producers.name, 'Atsākt %'))).map((p) => p.name);
		expect(names.length).toBe(rows);
		expect(new Set(names).size).toBe(rows);
		expect(done.report!.issues.filter((i) => i.code === 'duplicate_in_file' || i.code === 'duplicate_existing')).toEqual([]);
	});

	it('a job claimed again after a process kill (status still running) continues by itself', async () => {
		const id = await confirmed('Nogalināts', 100);
		const job = { importId: id, dryRun: false };
		await handle.db.delete(jobs).where(eq(jobs.kind, IMPORT_JOB));
		// what a kill -9 after batch 2 leaves behind: two committed batches, the row still "running"
		const killAfterBatch2 = async (n: number) => {
			if (n === 2 * BATCH) throw new Error('killed');
		};
		await runImportJob(handle.db, job, { batchRows: BATCH, afterBatch: killAfterBatch2 });
		await handle.db.update(imports).set({ status: 'running', error: null }).where(eq(imports.id, id));
		await runImportJob(handle.db, job, { batchRows: BATCH });
		expect(await written('Nogalināts')).toBe(100);
		const done = (await findImport(handle.db, id))!;
		expect([done.status, done.rowsWritten, done.report!.resumedAfter]).toEqual(['done', 100, 80]);
		await runImportJob(handle.db, job, { batchRows: BATCH }); // claimed once more after it finished: nothing happens
		expect(await written('Nogalināts')).toBe(100);
	});
});
