import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '$lib/server/db/test-db';
import type { DbHandle } from '$lib/server/db/client';
import { addOrganisation, addPlace, addProducer, territoryId } from '$lib/server/geography/test-fixtures';
import { organisationDirectory, organisationPage } from './queries';

let handle: DbHandle;
const NOW = new Date('2026-11-23T08:00:00Z'); // Monday 10:00 in Riga
const lielupeHours = 'Mo,We 09:00-12:00; Tu,Th 15:00-17:00';

beforeAll(async () => {
	handle = await openTestDb();
	const db = handle.db;
	const producerIds: string[] = [];
	for (let i = 0; i < 30; i++) {
		producerIds.push(await addProducer(db, { slug: `t-lp-${i}`, name: `Ražotājs ${String(i).padStart(2, '0')}`, municipality: 'bauskas-novads' }));
	}
	producerIds.push(await addProducer(db, { slug: 't-lp-slepens', name: 'Nepublicēts', municipality: 'bauskas-novads', status: 'draft' }));
	const lielupe = await addOrganisation(db, {
		slug: 't-lielupe',
		name: 'Lauku partnerība "Lielupe"',
		municipality: 'jelgavas-novads',
		address: 'Pasta iela 37, Jelgava',
		lat: 56.65,
		lng: 23.72,
		hours: lielupeHours,
		covers: [
			await territoryId(db, 'municipality', 'jelgavas-novads'),
			await territoryId(db, 'municipality', 'bauskas-novads'),
			await territoryId(db, 'municipality', 'dobeles-novads')
		],
		producerIds
	});
	await addOrganisation(db, {
		slug: 't-zemgale',
		name: 'Zemgales amatnieku biedrība',
		kind: 'association',
		municipality: 'jelgava',
		covers: [await territoryId(db, 'planning_region', 'zemgale')]
	});
	await addOrganisation(db, { slug: 't-melnraksts', name: 'Melnraksts', municipality: 'riga', status: 'pending' });
	await addPlace(db, { slug: 't-birojs', name: 'Lielupes kopstrāde', municipality: 'jelgavas-novads', operatorId: lielupe });
});

afterAll(async () => {
	await handle?.close();
});

describe('organisation page data', () => {
	it('gives the Lielupe office hours and whether the office is open now', async () => {
		const page = await organisationPage(handle.db, 't-lielupe', 'lv', { page: 1, now: NOW });
		expect(page?.organisation.officeHours?.text).toEqual(lielupeHours);
		expect(page?.organisation.officeHours?.status).toEqual({ state: 'open', closesAt: '12:00' });
	});

	it('lists the covered municipalities in Latvian order as links to their pages', async () => {
		const page = await organisationPage(handle.db, 't-lielupe', 'lv', { page: 1, now: NOW });
		expect(page?.coverage).toEqual([
			{ slug: 'bauskas-novads', name: 'Bauskas novads', kind: 'municipality' },
			{ slug: 'dobeles-novads', name: 'Dobeles novads', kind: 'municipality' },
			{ slug: 'jelgavas-novads', name: 'Jelgavas novads', kind: 'municipality' }
		]);
		const region = await organisationPage(handle.db, 't-zemgale', 'en', { page: 1, now: NOW });
		expect(region?.coverage).toEqual([{ slug: 'zemgale', name: 'Zemgale Planning Region', kind: 'planning_region' }]);
	});

	it('pages through its published producers', async () => {
		const first = await organisationPage(handle.db, 't-lielupe', 'lv', { page: 1, now: NOW });
		expect(first?.producersWindow).toMatchObject({ total: 30, pages: 2, page: 1 });
		expect(first?.producers).toHaveLength(24);
		expect(first?.producers[0].name).toBe('Ražotājs 00');
		const last = await organisationPage(handle.db, 't-lielupe', 'lv', { page: 99, now: NOW });
		expect(last?.producersWindow.page).toBe(2);
		expect(last?.producers.map((p) => p.name)).toEqual(['Ražotājs 24', 'Ražotājs 25', 'Ražotājs 26', 'Ražotājs 27', 'Ražotājs 28', 'Ražotājs 29']);
	});

	it('lists the places it runs and builds NGO JSON-LD', async () => {
		const page = await organisationPage(handle.db, 't-lielupe', 'lv', { page: 1, now: NOW });
		expect(page?.places.map((p) => p.slug)).toEqual(['t-birojs']);
		expect(page?.jsonLd).toMatchObject({ '@type': 'NGO', name: 'Lauku partnerība "Lielupe"' });
	});

	it('is null for unknown and unpublished organisations', async () => {
		expect(await organisationPage(handle.db, 't-melnraksts', 'lv', { page: 1, now: NOW })).toBeNull();
		expect(await organisationPage(handle.db, 'nav', 'lv', { page: 1, now: NOW })).toBeNull();
	});
});

describe('organisation directory', () => {
	it('lists published organisations in Latvian order and filters by kind', async () => {
		const all = await organisationDirectory(handle.db, { kind: null, page: 1 }, 'lv');
		expect(all.items.map((o) => o.slug)).toEqual(['t-lielupe', 't-zemgale']);
		const associations = await organisationDirectory(handle.db, { kind: 'association', page: 1 }, 'lv');
		expect(associations.items.map((o) => o.slug)).toEqual(['t-zemgale']);
		const junk = await organisationDirectory(handle.db, { kind: 'x', page: 1 }, 'lv');
		expect(junk.window.total).toBe(2);
	});
});
