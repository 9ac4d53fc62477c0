import { expect, test } from '@playwright/test';
import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { expectAccessible } from '../helpers';

const COLUMNS = [
	'external_id', 'name', 'kind', 'municipality', 'locality', 'address', 'lat', 'lng', 'location_precision', 'phone', 'email', 'website',
	'facebook', 'instagram', 'categories', 'products', 'description_lv', 'description_en', 'description_ro', 'description_ru', 'labels', 'pvd_number', 'slug', 'url'
];

test.describe('exports', () => {
	test('the directory links CSV · XLSX · GeoJSON with its current filters', async ({ page }) => {
		await page.goto('/lv/razotaji?category=medus&region=kurzeme');
		const csv = page.locator('a[data-format="csv"]');
		await expect(csv).toHaveAttribute('href', '/api/v1/exports/producers.csv?category=medus&region=kurzeme');
		await expect(page.locator('a[data-format="xlsx"]')).toHaveAttribute('href', /producers\.xlsx\?category=medus&region=kurzeme/);
		await expect(page.locator('a[data-format="geojson"]')).toHaveAttribute('href', /producers\.geojson\?category=medus&region=kurzeme/);
		const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
		expect(download.suggestedFilename()).toBe('tuvuma-razotaji-kurzeme-medus.csv');
		await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/lv/jaunumi.atom?category=medus');
		await expectAccessible(page);
	});

	test('CSV: BOM, semicolons, canonical columns, filtered rows, precision respected', async ({ request }) => {
		let rows: Record<string, string>[] = [];
		// other tests may publish a Kurzeme producer between the two requests: then both are read again
		await expect(async () => {
			const res = await request.get('/api/v1/exports/producers.csv?region=kurzeme');
			expect(res.status()).toBe(200);
			expect(res.headers()['content-type']).toMatch(/^text\/csv; charset=utf-8/);
			expect(res.headers()['content-disposition']).toBe('attachment; filename="tuvuma-razotaji-kurzeme.csv"');
			const body = await res.body();
			expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			rows = parse(body, { bom: true, delimiter: ';', columns: true });
			expect(Object.keys(rows[0])).toEqual(COLUMNS);
			expect(rows.length).toBeGreaterThan(10);
			const directory = await request.get('/api/v1/producers?region=kurzeme&per_page=1');
			expect(rows.length).toBe(((await directory.json()) as { meta: { total: number } }).meta.total);
		}).toPass({ intervals: [200, 500], timeout: 15_000 });
		for (const r of rows.filter((x) => x.location_precision !== 'exact')) {
			expect([r.address, r.lat, r.lng], r.name).toEqual(['', '', '']);
			if (r.location_precision === 'municipality') expect(r.locality, r.name).toBe('');
		}
		expect(rows.find((r) => r.name === 'Zāļu sētiņa')).toMatchObject({ location_precision: 'municipality', address: '', locality: '', lat: '' });
	});

	test('XLSX is a workbook; GeoJSON passes check-geojson; ETag gives 304', async ({ request }) => {
		const xlsx = await request.get('/api/v1/exports/producers.xlsx?kind=farm');
		expect(xlsx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		const book = new ExcelJS.Workbook();
		await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
		expect(book.worksheets[0].getRow(1).values).toEqual([undefined, ...COLUMNS]);

		const geo = await request.get('/api/v1/exports/producers.geojson');
		expect(geo.headers()['content-type']).toBe('application/geo+json; charset=utf-8');
		const fc = check(await geo.text()) as unknown as { features: { geometry: { coordinates: [number, number] } | null; properties: Record<string, unknown> }[] };
		expect(fc.features.length).toBeGreaterThanOrEqual(150);
		for (const f of fc.features) {
			if (!f.geometry) continue;
			const [lng, lat] = f.geometry.coordinates;
			// in Latvia, or in Moldova (the Northern region's demo producers, issue 19)
			const latvia = lat > 55 && lat < 58.2 && lng > 20.8 && lng < 28.3;
			const moldova = lat > 45.4 && lat < 48.5 && lng > 26.6 && lng < 30.2;
			expect(latvia || moldova, String(f.properties.name)).toBe(true);
		}

		const etag = geo.headers()['etag'];
		expect(etag).toMatch(/^W\/"/);
		const again = await request.get('/api/v1/exports/producers.geojson', { headers: { 'If-None-Match': etag } });
		expect(again.status()).toBe(304);
	});

	test('an unknown filter is a 400 problem, and the exports are in the OpenAPI document', async ({ request }) => {
		const bad = await request.get('/api/v1/exports/producers.csv?municipality=nav-tada');
		expect(bad.status()).toBe(400);
		expect(bad.headers()['content-type']).toMatch(/^application\/problem\+json/);
		expect(((await bad.json()) as { errors: { param: string }[] }).errors[0].param).toBe('municipality');
		const doc = (await (await request.get('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
		for (const ext of ['csv', 'xlsx', 'geojson']) expect(doc.paths[`/exports/producers.${ext}`]).toBeDefined();
	});
});
