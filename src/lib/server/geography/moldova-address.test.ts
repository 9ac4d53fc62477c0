import { describe, expect, it } from 'vitest';
import type { PublicLocation } from '$lib/domain/public-location';
import { moldovanProducerAddress } from './moldova-address';
import type { TerritoryRow } from './territories-repository';

const edinet: TerritoryRow = { id: 1, kind: 'md_district', countryCode: 'MD', slug: 'edinet-rajons', name: { lv: 'Edinecas rajons', ro: 'Raionul Edineț' }, subkind: null, parentId: null, lat: null, lng: null };
const exact: PublicLocation = { precision: 'exact', address: 'str. Ștefan cel Mare 5', locality: 'Edineț', municipality: 'Raionul Edineț', municipalitySlug: 'edinet-rajons', point: null, country: 'MD' };

describe('moldovanProducerAddress', () => {
	it('builds the postal address from the public location and the stored postcode, without a query', () => {
		expect(moldovanProducerAddress(edinet, exact, '4601', 'ro')).toBe('str. Ștefan cel Mare 5, Edineț, Raionul Edineț, MD-4601');
	});
	it('is null without a shown street address or outside Moldova', () => {
		expect(moldovanProducerAddress(edinet, { ...exact, precision: 'locality', address: null }, '4601', 'ro')).toBeNull();
		expect(moldovanProducerAddress({ ...edinet, kind: 'municipality', countryCode: 'LV' }, exact, '4601', 'ro')).toBeNull();
		expect(moldovanProducerAddress(undefined, exact, '4601', 'ro')).toBeNull();
	});
});
