import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { openTestDb } from '$lib/server/db/test-db';
import { rows } from '$lib/server/backup/catalog';
import { runImport } from '$lib/server/import/flow';
import { exportParams, exportRows, resolveExport } from './flow';
import { csvStream, xlsxStream } from './writers';

/**
 * import → export → import gives the same data: a partner's spreadsheet is imported, exported,
 * and the export imported into an empty database; both databases then hold the same producers
 * (every imported column, categories, products, labels) and export byte-identical files.
 * Non-exact producers come without a house address here: an export never carries one (tested in
 * export.db.test.ts), so for them the address is the one thing that cannot round-trip.
 */

const SOURCE = [
	'external_id;name;kind;municipality;locality;address;lat;lng;location_precision;phone;email;website;facebook;instagram;categories;products;description_lv;description_en;labels;pvd_number',
	'RT-1;Kalna medus;home_producer;Siguldas novads;Sigulda;"Kalna iela 3, Sigulda";57.1537;24.8531;exact;29123456;medus@example.lv;https://medus.example.lv;https://facebook.com/kalnamedus;kalnamedus;medus;Liepu medus | Griķu medus;"Medus no Siguldas kalniem; arī šūnās.";Honey from the hills of Sigulda.;pvd;PVD-0042',
	'RT-2;Ogu dārzs;farm;Valmieras novads;Valmiera;;;;locality;+371 2600 0001;;;;;augli-un-ogas;Zemenes | Avenes, dārza;Ogas.;;;',
	'RT-3;"Meistars ""Koks""";craftsman;Kuldīgas novads;;;;;municipality;;koks@example.lv;;;;;Koka karotes;Koka darinājumi.;;biologisks;'
].join('\r\n');

const ORIGIN = 'https://tuvuma.test';
let first: DbHandle;
let second: DbHandle;
let third: DbHandle;

async function bytes(stream: Readable): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const c of stream) chunks.push(Buffer.from(c));
	return Buffer.concat(chunks);
}

async function exported(h: DbHandle, format: 'csv' | 'xlsx'): Promise<Buffer> {
	const r = await resolveExport(h.db, exportParams.parse({}));
	if (!r.ok) throw new Error('filters');
	const data = exportRows(h.db, r.value, ORIGIN);
	return bytes(format === 'csv' ? csvStream(data) : xlsxStream(data, 'Tuvumā'));
}

async function importInto(h: DbHandle, file: Uint8Array, fileName: string) {
	const report = await runImport(h.db, file, { fileName, dryRun: false, asStatus: 'published' });
	expect(report.skipped, JSON.stringify(report)).toBe(0);
	return report;
}

/** Everything an import writes, comparable across databases (no ids, no timestamps). */
async function content(h: DbHandle) {
	return rows<Record<string, unknown>>(
		h.db,
		sql`select p.external_id, p.slug, p.name, p.kind, p.status, t.slug as municipality, l.slug as locality, p.address, p.lat, p.lng,
				p.location_precision, p.phone, p.email, p.website, p.facebook, p.instagram, p.description::text as description,
				(select string_agg(c.slug, ',' order by c.slug) from producer_categories pc join categories c on c.id = pc.category_id where pc.producer_id = p.id) as categories,
				(select string_agg(pr.name::text || '@' || c.slug, ',' order by pr.name::text) from products pr join categories c on c.id = pr.category_id where pr.producer_id = p.id) as products,
				(select string_agg(lb.slug || '=' || coalesce(pl.value, ''), ',' order by lb.slug) from producer_labels pl join labels lb on lb.id = pl.label_id where pl.producer_id = p.id) as labels
			from producers p join territories t on t.id = p.municipality_id left join territories l on l.id = p.locality_id
			order by p.external_id`
	);
}

beforeAll(async () => {
	[first, second, third] = [await openTestDb(), await openTestDb(), await openTestDb()];
}, 300_000);
afterAll(async () => {
	for (const h of [first, second, third]) await h?.close();
});

describe('round trip import → export → import', () => {
	it('CSV: the second database holds the same data and exports the same bytes', async () => {
		expect((await importInto(first, new TextEncoder().encode(SOURCE), 'partner.csv')).created).toBe(3);
		const csv1 = await exported(first, 'csv');
		expect((await importInto(second, new Uint8Array(csv1), 'tuvuma-razotaji.csv')).created).toBe(3);
		const imported = await content(first);
		expect(imported[0]).toMatchObject({ external_id: 'RT-1', address: 'Kalna iela 3, Sigulda', location_precision: 'exact', labels: 'pvd=PVD-0042' });
		expect(Number(imported[0].lat)).toBe(57.1537);
		expect(await content(second)).toEqual(imported);
		const csv2 = await exported(second, 'csv');
		expect(csv2.toString('utf8')).toBe(csv1.toString('utf8'));
		const text = csv1.toString('utf8');
		expect(text).toContain('Liepu medus | Griķu medus');
		expect(text).toContain('PVD-0042');
	});

	it('XLSX: the same through a workbook', async () => {
		const xlsx = await exported(first, 'xlsx');
		expect((await importInto(third, new Uint8Array(xlsx), 'tuvuma-razotaji.xlsx')).created).toBe(3);
		expect(await content(third)).toEqual(await content(first));
		expect((await exported(third, 'csv')).toString('utf8')).toBe((await exported(first, 'csv')).toString('utf8'));
	});
});
