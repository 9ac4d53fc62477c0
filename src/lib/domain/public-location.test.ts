import { describe, expect, it } from 'vitest';
import { publicLocation, type StoredLocation } from './public-location';

const home: StoredLocation = {
	precision: 'exact',
	address: '"Kalnmuižas", Mores pagasts',
	lat: 57.11,
	lng: 25.05,
	locality: { name: 'Mores pagasts', slug: 'mores-pagasts', lat: 57.1, lng: 25.0 },
	municipality: { name: 'Siguldas novads', slug: 'siguldas-novads', lat: 57.15, lng: 24.87 }
};

describe('publicLocation', () => {
	it('shows the house only with exact precision', () => {
		expect(publicLocation(home)).toMatchObject({ address: home.address, point: { lat: 57.11, lng: 25.05 } });
	});
	it('shows the locality centre, never the address, with locality precision', () => {
		const p = publicLocation({ ...home, precision: 'locality' });
		expect(p).toMatchObject({ address: null, locality: 'Mores pagasts', point: { lat: 57.1, lng: 25.0 } });
	});
	it('shows only the municipality with municipality precision', () => {
		const p = publicLocation({ ...home, precision: 'municipality' });
		expect(p).toEqual({
			precision: 'municipality',
			address: null,
			locality: null,
			municipality: 'Siguldas novads',
			municipalitySlug: 'siguldas-novads',
			point: { lat: 57.15, lng: 24.87 }
		});
		expect(JSON.stringify(p)).not.toContain('57.11');
	});
});
