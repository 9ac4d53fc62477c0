import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '$lib/server/db/test-db';
import type { DbHandle } from '$lib/server/db/client';
import { addProducer, addSalesPoint, linkProducerToSalesPoint } from '$lib/server/geography/test-fixtures';
import { salesPointDirectory, salesPointPage } from './queries';

let handle: DbHandle;
// Saturday 2026-11-28 10:00 in Riga (UTC+2)
const SATURDAY_MORNING = new Date('2026-11-28T08:00:00Z');

beforeAll(async () => {
	handle = await openTestDb();
	const db = handle.db;
	const market = await addSalesPoint(db, {
		slug: 't-tirgus',
		name: 'Testa tirgus',
		municipality: 'jelgavas-novads',
		address: 'Tirgus laukums 1',
		lat: 56.65,
		lng: 23.72,
		hours: 'Sa 08:00-13:00',
		description: { lv: 'Sestdienas tirgus', en: 'Saturday market' }
	});
	const farmGate = await addSalesPoint(db, {
		slug: 't-seta',
		name: 'Testa sēta',
		kind: 'farm_gate',
		municipality: 'jelgavas-novads',
		locality: 'ozolnieku-pagasts',
		precision: 'locality',
		address: '"Slepenās mājas", Ozolnieku pagasts',
		lat: 56.6912345,
		lng: 23.7954321,
		description: { lv: 'Tikai latviski' }
	});
	await addSalesPoint(db, { slug: 't-e-veikals', name: 'Ābolu e-veikals', kind: 'e_shop', municipality: 'riga', website: 'abolu.example' });
	await addSalesPoint(db, { slug: 't-melnraksts', name: 'Nepublicēts veikals', kind: 'shop', municipality: 'riga', status: 'pending' });
	const bees = await addProducer(db, { slug: 't-bites', name: 'Bišu draugi', municipality: 'jelgavas-novads' });
	const cheese = await addProducer(db, { slug: 't-siers', name: 'Āres siers', municipality: 'jelgavas-novads' });
	const hidden = await addProducer(db, { slug: 't-slepens', name: 'Slepenais', municipality: 'jelgavas-novads', status: 'pending' });
	await linkProducerToSalesPoint(db, bees, market, { lv: 'sestdienās', en: 'on Saturdays' });
	await linkProducerToSalesPoint(db, cheese, market);
	await linkProducerToSalesPoint(db, hidden, market);
	await linkProducerToSalesPoint(db, bees, farmGate);
});

afterAll(async () => {
	await handle?.close();
});

describe('sales point page data', () => {
	it('lists the published producers who sell there, in Latvian order, with the link note', async () => {
		const page = await salesPointPage(handle.db, 't-tirgus', 'lv', SATURDAY_MORNING);
		expect(page?.producers.map((p) => p.slug)).toEqual(['t-siers', 't-bites']); // Ā before B
		expect(page?.producers[1]).toMatchObject({ name: 'Bišu draugi', municipality: 'Jelgavas novads', note: 'sestdienās', noteLang: 'lv' });
		expect(page?.salesPoint.hours?.status).toEqual({ state: 'open', closesAt: '13:00' });
		expect(page?.salesPoint.location).toMatchObject({ precision: 'exact', address: 'Tirgus laukums 1', point: { lat: 56.65, lng: 23.72 } });
	});

	it('translates the note and the description, and marks a Latvian fallback', async () => {
		const en = await salesPointPage(handle.db, 't-tirgus', 'en', SATURDAY_MORNING);
		expect(en?.salesPoint).toMatchObject({ description: 'Saturday market', descriptionLang: 'en' });
		expect(en?.producers.find((p) => p.slug === 't-bites')?.note).toBe('on Saturdays');
		const fallback = await salesPointPage(handle.db, 't-seta', 'ru', SATURDAY_MORNING);
		expect(fallback?.salesPoint).toMatchObject({ description: 'Tikai latviski', descriptionLang: 'lv' });
	});

	it('never puts the address or house coordinates of a non-exact sales point into page data', async () => {
		const page = await salesPointPage(handle.db, 't-seta', 'lv', SATURDAY_MORNING);
		expect(page?.salesPoint.location).toMatchObject({ precision: 'locality', address: null, locality: 'Ozolnieku pagasts' });
		const json = JSON.stringify(page);
		expect(json).not.toContain('Slepenās');
		expect(json).not.toContain('56.6912345');
		expect(json).not.toContain('23.7954321');
		expect(page?.jsonLd.geo).toBeUndefined();
	});

	it('is null for unknown and unpublished sales points', async () => {
		expect(await salesPointPage(handle.db, 'nav-tada', 'lv', SATURDAY_MORNING)).toBeNull();
		expect(await salesPointPage(handle.db, 't-melnraksts', 'lv', SATURDAY_MORNING)).toBeNull();
	});
});

describe('sales point directory', () => {
	it('lists only published points in Latvian order', async () => {
		const list = await salesPointDirectory(handle.db, { kind: null, municipality: null, page: 1 }, 'lv');
		expect(list.items.map((i) => i.slug)).toEqual(['t-e-veikals', 't-seta', 't-tirgus']);
		expect(list.window).toMatchObject({ total: 3, page: 1, pages: 1 });
	});

	it('filters by kind and municipality and ignores unknown values', async () => {
		const farm = await salesPointDirectory(handle.db, { kind: 'farm_gate', municipality: null, page: 1 }, 'lv');
		expect(farm.items.map((i) => i.slug)).toEqual(['t-seta']);
		expect(JSON.stringify(farm.items)).not.toContain('Slepenās');
		const jelgava = await salesPointDirectory(handle.db, { kind: null, municipality: 'jelgavas-novads', page: 1 }, 'lv');
		expect(jelgava.items.map((i) => i.slug)).toEqual(['t-seta', 't-tirgus']);
		const junk = await salesPointDirectory(handle.db, { kind: 'bogus', municipality: 'atlantida', page: 7 }, 'lv');
		expect(junk.filter).toEqual({ kind: '', municipality: '' });
		expect(junk.window.page).toBe(1);
	});

	it('offers the municipalities in Latvian order', async () => {
		const { municipalityOptions } = await salesPointDirectory(handle.db, { kind: null, municipality: null, page: 1 }, 'lv');
		const names = municipalityOptions.map((o) => o.label);
		expect(names).toHaveLength(42);
		expect(names.indexOf('Ādažu novads')).toBeGreaterThan(names.indexOf('Aizkraukles novads'));
		expect(names.indexOf('Ādažu novads')).toBeLessThan(names.indexOf('Balvu novads'));
		expect(names.indexOf('Ķekavas novads')).toBeGreaterThan(names.indexOf('Kuldīgas novads'));
		expect(names.indexOf('Ķekavas novads')).toBeLessThan(names.indexOf('Liepāja'));
	});
});
