import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import type { DbHandle } from '$lib/server/db/client';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { PRODUCERS, SECRET } from '$lib/server/producers/test-fixtures';
import { EXPORT_COLUMNS } from './columns';
import { exportParams, exportRows, fingerprintOf, resolveExport } from './flow';
import { csvStream, geojsonStream, xlsxStream } from './writers';

let h: DbHandle;
beforeAll(async () => {
	h = await openFixtureDb();
});
afterAll(async () => h?.close());

const ORIGIN = 'https://tuvuma.test';
const PUBLISHED = PRODUCERS.filter((p) => p.status !== 'draft').length;

async function resolved(query: string) {
	const params = exportParams.parse(Object.fromEntries(new URLSearchParams(query)));
	const r = await resolveExport(h.db, params);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.value;
}
/** Small batches so the test crosses batch boundaries. */
const rows = async (query: string) => exportRows(h.db, await resolved(query), ORIGIN, 7);

async function bytes(stream: Readable): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const c of stream) chunks.push(Buffer.from(c));
	return Buffer.concat(chunks);
}

describe('producer exports', () => {
	it('CSV: text a spreadsheet would run as a formula is written as text', async () => {
		const hostile = { name: '=HYPERLINK("http://evil.example";"Atvērt")', phone: '+371 2912 3456', description_lv: '@SUM(1+1)*cmd|\' /C calc\'!A0' };
		const source = (await rows('')) as AsyncIterable<Record<string, unknown>>;
		async function* withHostile() {
			for await (const r of source) yield { ...r, ...hostile } as never;
		}
		const records: Record<string, string>[] = parse(await bytes(csvStream(withHostile())), { bom: true, delimiter: ';', columns: true });
		expect(records.length).toBeGreaterThan(0);
		for (const r of records) {
			expect(r.name).toBe(`'${hostile.name}`);
			expect(r.phone).toBe(`'${hostile.phone}`);
			expect(r.description_lv).toBe(`'${hostile.description_lv}`);
			// no cell of the file starts a formula
			expect(Object.values(r).filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);
		}
	});

	it('CSV: BOM, semicolons, the canonical header and every published producer once', async () => {
		const buf = await bytes(csvStream(await rows('')));
		expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const records: Record<string, string>[] = parse(buf, { bom: true, delimiter: ';', columns: true });
		expect(Object.keys(records[0])).toEqual([...EXPORT_COLUMNS]);
		expect(records).toHaveLength(PUBLISHED);
		expect(new Set(records.map((r) => r.slug)).size).toBe(PUBLISHED);
		expect(records.map((r) => r.name)).not.toContain('Aaa melnraksts');
		const abolins = records.find((r) => r.name === 'Āboliņš')!;
		expect(abolins).toMatchObject({ address: 'Ābeļu iela 1', lat: '57.01', lng: '25.01', location_precision: 'exact', categories: 'tst-honey' });
		expect(abolins.products).toBe('Liepu medus');
		expect(abolins.labels).toBe('tst-pvd');
		expect(abolins.url).toBe(`${ORIGIN}/lv/razotaji/tst-abolins`);
	});

	it('respects the filters, like the directory', async () => {
		const names = async (q: string) => {
			const out: string[] = [];
			for await (const r of await rows(q)) out.push(String(r.name));
			return out.sort();
		};
		expect(await names('category=tst-food')).toEqual(['Azote', 'Bišu māja', 'Mājas ievārījumi', 'Āboliņš'].sort());
		expect(await names('kind=farm')).toEqual(['Cepļi', 'Āboliņš'].sort());
		expect(await names('region=tst-testa-vidzeme&category=tst-honey')).toEqual(['Āboliņš']);
	});

	it('reports unknown filter slugs instead of exporting everything', async () => {
		const r = await resolveExport(h.db, exportParams.parse({ municipality: 'nav-tada' }));
		expect(r.ok).toBe(false);
	});

	it('a municipality-precision producer has no address, locality or house coordinates in any format', async () => {
		const csv = (await bytes(csvStream(await rows('')))).toString('utf8');
		const geo = (await bytes(geojsonStream(await rows('')))).toString('utf8');
		const xlsx = await bytes(xlsxStream(await rows(''), 'Tuvumā'));
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(xlsx as unknown as ArrayBuffer);
		const cells = book.worksheets[0].getSheetValues().flat().map(String).join('\n');
		for (const text of [csv, geo, cells]) {
			expect(text).toContain('Bišu māja');
			expect(text).not.toContain(SECRET.address);
			expect(text).not.toContain(String(SECRET.lat));
			expect(text).not.toContain(String(SECRET.lng));
		}
		const bisu = (await collect('')).find((r) => r.name === 'Bišu māja')!;
		expect(bisu).toMatchObject({ locality: null, address: null, lat: null, lng: null, location_precision: 'municipality' });
		expect(bisu.point).toEqual({ lat: 56.5, lng: 22.0 }); // the municipality centre
	});

	it('XLSX: a real workbook with the header row and one row per producer', async () => {
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await bytes(xlsxStream(await rows('kind=farm'), 'Tuvumā'))) as unknown as ArrayBuffer);
		const sheet = book.worksheets[0];
		expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS]);
		expect(sheet.rowCount).toBe(3);
	});

	it('GeoJSON: passes @placemarkio/check-geojson, points are [lng, lat]', async () => {
		const text = (await bytes(geojsonStream(await rows('')))).toString('utf8');
		const geo = check(text) as { type: string; features: { geometry: { coordinates: number[] } | null; properties: Record<string, unknown> }[] };
		expect(geo.type).toBe('FeatureCollection');
		expect(geo.features).toHaveLength(PUBLISHED);
		const abolins = geo.features.find((f) => f.properties.name === 'Āboliņš')!;
		expect(abolins.geometry?.coordinates).toEqual([25.01, 57.01]);
	});

	it('the fingerprint changes when the selection changes', async () => {
		const all = await fingerprintOf(h.db, await resolved(''));
		const farms = await fingerprintOf(h.db, await resolved('kind=farm'));
		expect(all).not.toBe(farms);
		expect(await fingerprintOf(h.db, await resolved(''))).toBe(all);
	});
});

async function collect(query: string) {
	const out = [];
	for await (const r of await rows(query)) out.push(r);
	return out;
}
