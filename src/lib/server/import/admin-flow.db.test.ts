import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { auditLog, jobs, producers, user } from '$lib/server/db/schema';
import { openTestDb } from '$lib/server/db/test-db';
import { confirmImport, IMPORT_JOB, uploadImport, type ImportJob } from './admin-flow';
import { importView } from './admin-view';
import { findImport, insertImport, readImportFile } from './imports-repository';
import { runImportJob } from './jobs';
import { SEARCH_REINDEX_JOB } from '$lib/server/search';

let handle: DbHandle;
const ADMIN = 'import-admin';

beforeAll(async () => {
	handle = await openTestDb();
	await handle.db.insert(user).values({ id: ADMIN, name: 'Admin', email: 'import-admin@example.lv' });
});
afterAll(async () => {
	await handle?.close();
});

/** Runs the import jobs the flow queued, as the worker would (oldest first), and removes them. */
async function runQueuedImportJobs() {
	const queued = await handle.db.select({ id: jobs.id, kind: jobs.kind, payload: jobs.payload }).from(jobs).where(eq(jobs.kind, IMPORT_JOB));
	for (const j of queued) {
		await runImportJob(handle.db, j.payload as ImportJob);
		await handle.db.delete(jobs).where(eq(jobs.id, j.id));
	}
	return queued.length;
}

describe('admin import: upload → preview job → confirm → import job', () => {
	it('previews without writing, then imports once on confirm, with audit entries', async () => {
		const csv = 'Nosaukums;Novads;Produkti;E-pasts\nAdmina drava;Siguldas nov.;Liepu medus;drava@example.lv\nSlikta;Nekurienes novads;Medus;x\n';
		const id = await uploadImport(handle.db, { fileName: 'a.csv', file: new TextEncoder().encode(csv), sheet: null, asStatus: 'published', userId: ADMIN });
		expect((await findImport(handle.db, id))!.status).toBe('queued');
		expect(await runQueuedImportJobs()).toBe(1);

		const previewed = (await findImport(handle.db, id))!;
		expect(previewed.status).toBe('previewed');
		expect([previewed.report!.created, previewed.report!.skipped, previewed.rowsTotal]).toEqual([1, 1, 2]);
		expect((await handle.db.select({ id: producers.id }).from(producers)).length).toBe(0);
		const view = importView(previewed, 'en');
		expect(view.report!.issues.map((i) => i.message)).toContain('Invalid e-mail address');

		expect(await confirmImport(handle.db, id, ADMIN)).toBe(true);
		expect(await confirmImport(handle.db, id, ADMIN)).toBe(false); // a second click does nothing
		expect(await runQueuedImportJobs()).toBe(1);
		const done = (await findImport(handle.db, id))!;
		expect([done.status, done.report!.written, done.report!.created, done.rowsDone]).toEqual(['done', true, 1, 2]);
		const [p] = await handle.db.select({ status: producers.status, municipalityId: producers.municipalityId }).from(producers).where(eq(producers.name, 'Admina drava'));
		expect(p).toEqual({ status: 'published', municipalityId: 109 });
		// its search reindex waits in the queue, written with the listing
		expect((await handle.db.select({ kind: jobs.kind }).from(jobs)).map((j) => j.kind)).toEqual([SEARCH_REINDEX_JOB]);
		const actions = await handle.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
		expect(actions.map((a) => a.action).sort()).toEqual(['import.complete', 'import.confirm', 'import.upload']);
	});

	it('an unreadable file is reported and cannot be confirmed', async () => {
		const id = await uploadImport(handle.db, { fileName: 'empty.csv', file: new TextEncoder().encode('\n'), sheet: null, asStatus: 'pending', userId: ADMIN });
		await runQueuedImportJobs();
		const row = (await findImport(handle.db, id))!;
		expect(importView(row, 'lv').report!.notes).toEqual(['Fails ir tukšs']);
		expect(await confirmImport(handle.db, id, ADMIN)).toBe(false);
	});

	it('stores the uploaded file byte for byte (it travels as base64, which PGlite handles fast)', async () => {
		const file = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);
		const id = await insertImport(handle.db, { fileName: 'bytes.xlsx', file, sheet: null, asStatus: 'pending', createdBy: ADMIN });
		expect(await readImportFile(handle.db, id)).toEqual(file);
	});
});
