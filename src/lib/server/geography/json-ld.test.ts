import { describe, expect, it } from 'vitest';
import { publicLocation, type StoredLocation } from '$lib/domain/public-location';
import { listingJsonLd, openingHoursSpecification } from './json-ld';

const farm: StoredLocation = {
	precision: 'exact',
	address: '"Kalnmuižas", Mores pagasts',
	lat: 57.11,
	lng: 25.05,
	locality: { name: 'Mores pagasts', slug: 'mores-pagasts', lat: 57.1, lng: 25.0 },
	municipality: { name: 'Siguldas novads', slug: 'siguldas-novads', lat: 57.15, lng: 24.87 }
};
const none = { phone: null, email: null, website: null, facebook: null, instagram: null };

describe('listing JSON-LD', () => {
	it('has street address and coordinates for an exact location', () => {
		const ld = listingJsonLd({ type: 'Store', name: 'Kalnmuižas', location: publicLocation(farm), contacts: none });
		expect(ld.address).toMatchObject({ streetAddress: farm.address, addressRegion: 'Siguldas novads', addressCountry: 'LV' });
		expect(ld.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 57.11, longitude: 25.05 });
	});
	it('leaves out the house and the coordinates for locality precision', () => {
		const ld = listingJsonLd({ type: 'Store', name: 'Kalnmuižas', location: publicLocation({ ...farm, precision: 'locality' }), contacts: none });
		expect(ld.geo).toBeUndefined();
		expect(ld.address).toEqual({ '@type': 'PostalAddress', addressLocality: 'Mores pagasts', addressRegion: 'Siguldas novads', addressCountry: 'LV' });
		expect(JSON.stringify(ld)).not.toContain('57.11');
	});
	it('links the website and social profiles', () => {
		const ld = listingJsonLd({ type: 'NGO', name: 'X', contacts: { ...none, website: 'lielupe.lv', facebook: 'https://facebook.com/lielupe' } });
		expect(ld).toMatchObject({ url: 'https://lielupe.lv', sameAs: ['https://facebook.com/lielupe'] });
	});
});

describe('openingHoursSpecification', () => {
	it('groups days with the same hours and pads times', () => {
		const spec = openingHoursSpecification([
			{ day: 1, opens: '09:00', closes: '12:00' },
			{ day: 3, opens: '9:00', closes: '12:00' },
			{ day: 6, opens: '08:00', closes: '13:00' }
		]);
		expect(spec).toEqual([
			{ '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Wednesday'], opens: '09:00', closes: '12:00' },
			{ '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '08:00', closes: '13:00' }
		]);
	});
});
