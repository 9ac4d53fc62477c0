import { describe, expect, it } from 'vitest';
import { publicLocation, type StoredLocation } from '$lib/domain/public-location';
import { hoursView } from '$lib/domain/hours-view';
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
	const NOW = new Date('2026-11-23T08:00:00Z');
	it('groups days with the same weekly hours', () => {
		const spec = openingHoursSpecification(hoursView('Mo,We 09:00-12:00; Sa 08:00-13:00', NOW)!);
		expect(spec).toEqual([
			{ '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Wednesday'], opens: '09:00', closes: '12:00' },
			{ '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '08:00', closes: '13:00' }
		]);
	});
	it('gives seasonal hours as the coming days, each valid on its date', () => {
		// Monday 23 November: the December weekend fair is not among the coming week's days
		expect(openingHoursSpecification(hoursView('Dec 01-Dec 23 Sa,Su 10:00-16:00', NOW)!)).toEqual([]);
		expect(openingHoursSpecification(hoursView('Dec 01-Dec 23 Sa,Su 10:00-16:00', new Date('2026-12-03T08:00:00Z'))!)).toEqual([
			{ '@type': 'OpeningHoursSpecification', validFrom: '2026-12-05', validThrough: '2026-12-05', opens: '10:00', closes: '16:00' },
			{ '@type': 'OpeningHoursSpecification', validFrom: '2026-12-06', validThrough: '2026-12-06', opens: '10:00', closes: '16:00' }
		]);
	});
});
