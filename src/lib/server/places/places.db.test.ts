import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '$lib/server/db/test-db';
import type { DbHandle } from '$lib/server/db/client';
import { addOrganisation, addPlace } from '$lib/server/geography/test-fixtures';
import { placeDirectory, placePage } from './queries';

let handle: DbHandle;
const NOW = new Date('2026-11-23T08:00:00Z');

beforeAll(async () => {
	handle = await openTestDb();
	const db = handle.db;
	const centre = await addOrganisation(db, { slug: 't-centrs', name: 'Cēsu biznesa centrs', kind: 'ngo', municipality: 'cesu-novads' });
	const hidden = await addOrganisation(db, { slug: 't-slepena', name: 'Slepenā biedrība', municipality: 'cesu-novads', status: 'pending' });
	await addPlace(db, {
		slug: 't-kopstrade',
		name: 'Cēsu kopstrāde',
		municipality: 'cesu-novads',
		address: 'Rīgas iela 1',
		lat: 57.31,
		lng: 25.27,
		amenities: ['wifi', 'kitchen', 'hot_tub', 'wifi'],
		operatorId: centre
	});
	await addPlace(db, { slug: 't-klubs', name: 'Amatu klubs', municipality: 'cesu-novads', operatorId: hidden, operatorName: 'Kluba valde' });
	await addPlace(db, { slug: 't-melnraksts', name: 'Melnraksts', municipality: 'cesu-novads', status: 'draft' });
});

afterAll(async () => {
	await handle?.close();
});

describe('place page data', () => {
	it('keeps only catalogued amenities, once each, and links a published operator', async () => {
		const page = await placePage(handle.db, 't-kopstrade', 'lv', NOW);
		expect(page?.place.amenities).toEqual(['wifi', 'kitchen']);
		expect(page?.place.operator).toEqual({ slug: 't-centrs', name: 'Cēsu biznesa centrs' });
		expect(page?.place.location).toMatchObject({ address: 'Rīgas iela 1', municipality: 'Cēsu novads' });
		expect(page?.jsonLd).toMatchObject({ '@type': 'LocalBusiness', geo: { latitude: 57.31, longitude: 25.27 } });
	});

	it('does not reveal an unpublished operator, falling back to the operator name', async () => {
		const page = await placePage(handle.db, 't-klubs', 'lv', NOW);
		expect(page?.place.operator).toEqual({ slug: null, name: 'Kluba valde' });
		expect(JSON.stringify(page)).not.toContain('Slepenā');
	});

	it('is null for unpublished places', async () => {
		expect(await placePage(handle.db, 't-melnraksts', 'lv', NOW)).toBeNull();
	});
});

describe('place directory', () => {
	it('lists published places in Latvian order', async () => {
		const list = await placeDirectory(handle.db, { kind: null, page: 1 }, 'lv');
		expect(list.items.map((p) => p.slug)).toEqual(['t-klubs', 't-kopstrade']);
		expect((await placeDirectory(handle.db, { kind: 'incubator', page: 1 }, 'lv')).items).toEqual([]);
	});
});
