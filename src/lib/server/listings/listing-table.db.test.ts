import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '$lib/server/db/test-db';
import type { DbHandle } from '$lib/server/db/client';
import { addOrganisation, addSalesPoint } from '$lib/server/geography/test-fixtures';
import { countOrganisations, findPublishedOrganisation, listOrganisations } from '$lib/server/organisations/organisations-repository';
import { countSalesPoints, listSalesPoints } from '$lib/server/sales-points/sales-points-repository';

let handle: DbHandle;
const ids: Record<string, string> = {};

beforeAll(async () => {
	handle = await openTestDb();
	const db = handle.db;
	for (const [slug, name, status] of [
		['lt-zilupe', 'Zilupes biedrība', 'published'],
		['lt-cesis', 'Cēsu biedrība', 'published'],
		['lt-celmi', 'Celmu biedrība', 'published'],
		['lt-slepena', 'Ceļa biedrība', 'pending']
	] as const) {
		ids[slug] = await addOrganisation(db, { slug, name, kind: 'association', municipality: 'cesu-novads', status });
	}
	await addSalesPoint(db, { slug: 'lt-tirgus', name: 'Cēsu tirgus', kind: 'market', municipality: 'cesu-novads' });
});

afterAll(async () => {
	await handle?.close();
});

describe('the listing tables’ shared queries', () => {
	it('list published rows only, in Latvian order (e before ē), paged by limit and offset', async () => {
		const filter = { ids: Object.values(ids) };
		const all = await listOrganisations(handle.db, filter, 10);
		expect(all.map((r) => r.slug)).toEqual(['lt-celmi', 'lt-cesis', 'lt-zilupe']);
		expect(await countOrganisations(handle.db, filter)).toBe(3);
		expect((await listOrganisations(handle.db, filter, 1, 1)).map((r) => r.slug)).toEqual(['lt-cesis']);
	});

	it('an empty id or municipality list selects nothing rather than everything', async () => {
		expect(await listOrganisations(handle.db, { ids: [] }, 10)).toEqual([]);
		expect(await countOrganisations(handle.db, { ids: [] })).toBe(0);
		expect(await countSalesPoints(handle.db, { municipalityIds: [] })).toBe(0);
		expect(await listSalesPoints(handle.db, { municipalityIds: [] }, 10)).toEqual([]);
	});

	it('find a published row by slug with its detail columns, never an unpublished one', async () => {
		expect(await findPublishedOrganisation(handle.db, 'lt-slepena')).toBeUndefined();
		const row = await findPublishedOrganisation(handle.db, 'lt-cesis');
		expect(row).toMatchObject({ id: ids['lt-cesis'], name: 'Cēsu biedrība', kind: 'association', isDemo: false, phone: null, legalName: null });
		expect(Object.keys(row!).sort()).toEqual(
			[
				...['id', 'slug', 'name', 'kind', 'isDemo', 'municipalityId', 'localityId', 'address', 'lat', 'lng', 'locationPrecision'],
				...['legalName', 'description', 'registrationNumber', 'officeHours', 'phone', 'email', 'website', 'facebook', 'instagram']
			].sort()
		);
	});
});
