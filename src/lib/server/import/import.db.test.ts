import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { jobs, producerCategories, producerLabels, producers, products, searchDocuments } from '$lib/server/db/schema';
import { openTestDb } from '$lib/server/db/test-db';
import { toNumber } from '$lib/server/db/types';
import { runDueJobs } from '$lib/server/jobs/run-job';
import { SEARCH_REINDEX_JOB } from '$lib/server/search';
import { runImport } from './flow';
import { fileNotes, summaryLine } from './messages';
import { SAMPLE_FILE_NAME, sampleCsv } from './sample';

let handle: DbHandle;
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const count = async (table: typeof producers | typeof products | typeof searchDocuments) => toNumber((await handle.db.select({ n: sql`count(*)` }).from(table))[0].n);
const byName = async (name: string) => (await handle.db.select({ id: producers.id, slug: producers.slug, status: producers.status, description: producers.description, phone: producers.phone, localityId: producers.localityId, municipalityId: producers.municipalityId }).from(producers).where(eq(producers.name, name)))[0];

beforeAll(async () => {
	handle = await openTestDb();
});
afterAll(async () => {
	await handle?.close();
});

describe('import into the database', () => {
	it('a dry run reports but changes nothing', async () => {
		const report = await runImport(handle.db, fixture('semicolon-newlines.csv'), { fileName: 'semicolon-newlines.csv', dryRun: true });
		expect([report.created, report.updated, report.skipped, report.written]).toEqual([3, 0, 3, false]);
		expect(await count(producers)).toBe(0);
		expect(await count(products)).toBe(0);
	});

	it('imports the messy files, skipping rows with errors', async () => {
		const results = [];
		for (const f of ['utf8-bom.csv', 'windows-1257.csv', 'semicolon-newlines.csv']) {
			results.push(await runImport(handle.db, fixture(f), { fileName: f, dryRun: false }));
		}
		expect(results.map((r) => [r.created, r.skipped])).toEqual([
			[2, 2],
			[2, 0],
			[3, 3]
		]);
		expect(await count(producers)).toBe(7);
		// a row whose only fault is its phone is imported, the phone left empty, and the report says so
		const lejas = await byName('Zemnieku saimniecība Lejas');
		expect(lejas.phone).toBeNull();
		expect(results[0].issues.filter((i) => i.row === 5).map((i) => [i.code, i.severity])).toContainEqual(['phone_invalid', 'warning']);
		const garlic = await byName('Ķiploku dārzs');
		expect(garlic.status).toBe('pending');
		expect(garlic.slug).toBe('kiploku-darzs');
		const bread = await byName('Jelgavas maize');
		expect(bread.localityId).toBe(3116); // Ozolnieki, from "Jelgavas novads/Ozolnieki"
		const honey = await byName('Ozolnieku medus');
		expect(honey.municipalityId).toBe(122); // the former Ozolnieku novads is Jelgavas novads now
		expect(honey.description.lv).toBe('Medus no Ozolniekiem.\r\nOtrā rinda aprakstā.');
		const cats = await handle.db.select({ c: producerCategories.categoryId }).from(producerCategories).where(eq(producerCategories.producerId, honey.id));
		expect(cats.map((c) => c.c)).toEqual([10]);
	});

	it('a second run of a file without external ids reports duplicates instead of adding them', async () => {
		const report = await runImport(handle.db, fixture('windows-1257.csv'), { fileName: 'windows-1257.csv', dryRun: false });
		expect([report.created, report.skipped]).toEqual([0, 2]);
		expect(report.issues.filter((i) => i.code === 'duplicate_existing').map((i) => i.row)).toEqual([2, 3]);
		expect(await count(producers)).toBe(7);
	});

	it('re-importing a file with external ids updates the listings, adds no duplicate products', async () => {
		const first = await runImport(handle.db, fixture('external-id.csv'), { fileName: 'external-id.csv', dryRun: false, asStatus: 'published' });
		expect([first.created, first.updated]).toEqual([2, 0]);
		const berries = await byName('Dārza ogas');
		expect(berries.status).toBe('published');
		const pvd = await handle.db.select({ value: producerLabels.value }).from(producerLabels).where(eq(producerLabels.producerId, berries.id));
		expect(pvd).toEqual([{ value: 'PVD-123' }]);
		// the reindex was queued in the import's transaction (a crash after the commit leaves the job);
		// once the job runs, the search index has the published listing
		const docsOf = () => handle.db.select({ id: searchDocuments.entityId }).from(searchDocuments).where(eq(searchDocuments.entityId, berries.id));
		expect(await docsOf()).toHaveLength(0);
		const queued = await handle.db.select({ kind: jobs.kind, payload: jobs.payload }).from(jobs).where(eq(jobs.kind, SEARCH_REINDEX_JOB));
		expect(queued.flatMap((j) => (j.payload as { producerIds?: string[] }).producerIds ?? [])).toContain(berries.id);
		expect(await runDueJobs(handle.db, [SEARCH_REINDEX_JOB])).toBeGreaterThan(0);
		expect(await docsOf()).toHaveLength(1);

		const changed = new TextDecoder().decode(fixture('external-id.csv')).replace('Ogas no dārza.', 'Ogas un zemenes.').replace('29000021', '29000099');
		const second = await runImport(handle.db, new TextEncoder().encode(changed), { fileName: 'external-id.csv', dryRun: false });
		expect([second.created, second.updated, second.skipped]).toEqual([0, 2, 0]);
		const after = await byName('Dārza ogas');
		expect(after.id).toBe(berries.id);
		expect(after.slug).toBe(berries.slug);
		expect(after.status).toBe('published'); // a pending re-import does not unpublish
		expect(after.description).toEqual({ lv: 'Ogas un zemenes.', en: 'Berries from the garden.' });
		expect(after.phone).toBe('+371 2900 0099');
		const productNames = await handle.db.select({ name: products.name }).from(products).where(eq(products.producerId, berries.id));
		expect(productNames.map((p) => p.name.lv).sort()).toEqual(['Avenes', 'Zemenes']);
	});

	it('keeps a product nobody can place in a category, uncategorised, and takes NUL bytes out of cells', async () => {
		const csv = 'name,municipality,products,description\nKlūgu darbnīca,Rīga,Vējrādis,Pin\u0000ām grozus\n';
		const report = await runImport(handle.db, new TextEncoder().encode(csv), { fileName: 'nul.csv', dryRun: false });
		expect([report.written, report.created, report.skipped]).toEqual([true, 1, 0]);
		expect(report.issues.map((i) => [i.row, i.column, i.code, i.severity])).toEqual([
			[2, 'description_lv', 'control_characters_removed', 'warning'],
			[2, 'products', 'no_category', 'warning'],
			[2, 'products', 'product_no_category', 'warning']
		]);
		const workshop = await byName('Klūgu darbnīca');
		expect(workshop.description.lv).toBe('Pinām grozus');
		const kept = await handle.db.select({ name: products.name, categoryId: products.categoryId }).from(products).where(eq(products.producerId, workshop.id));
		expect(kept).toEqual([{ name: { lv: 'Vējrādis' }, categoryId: null }]);
	});

	it('strict mode writes nothing when any row has an error', async () => {
		const before = await count(producers);
		const csv = 'name,municipality,email\nStingrais,Rīga,ok@example.lv\nOtrais,Rīga,nav-epasta\n';
		const report = await runImport(handle.db, new TextEncoder().encode(csv), { fileName: 'strict.csv', dryRun: false, mode: 'strict' });
		expect([report.written, report.errorRows]).toEqual([false, 1]);
		expect(await count(producers)).toBe(before);
	});

	it('imports the first sheet of an XLSX file', async () => {
		const wb = new ExcelJS.Workbook();
		const sheet = wb.addWorksheet('Ražotāji');
		sheet.addRow(['Nosaukums', 'Novads', 'Tālrunis', 'Produkti']);
		sheet.addRow(['Kalna sieri', 'Cēsu novads', 29000031, 'Kazas siers']);
		const report = await runImport(handle.db, new Uint8Array(await wb.xlsx.writeBuffer()), { fileName: 'r.xlsx', dryRun: false });
		expect([report.format, report.created]).toEqual(['xlsx', 1]);
		expect((await byName('Kalna sieri')).phone).toBe('+371 2900 0031');
	});

	it('names unknown columns and missing required ones in the report language', async () => {
		const report = await runImport(handle.db, new TextEncoder().encode('Nosaukums;Piezīmes\nX;y\n'), { fileName: 'x.csv', dryRun: true });
		expect(fileNotes(report, 'lv')).toEqual(['Trūkst obligāto kolonnu: Novads (municipality)', 'Nezināmas kolonnas (netiek importētas): Piezīmes']);
		expect(fileNotes(report, 'en')).toEqual(['Required columns are missing: Municipality', 'Unknown columns (not imported): Piezīmes']);
		expect(summaryLine(report, 'en')).toBe('Rows: 1 · new: 0 · updated: 0 · skipped: 0');
	});

	it('the sample file offered on the admin page imports every row without a single problem', async () => {
		const report = await runImport(handle.db, new TextEncoder().encode(sampleCsv()), { fileName: SAMPLE_FILE_NAME, dryRun: true });
		expect(report.issues).toEqual([]);
		expect(fileNotes(report, 'lv')).toEqual([]);
		expect([report.rows, report.created]).toEqual([2, 2]);
	});
});
