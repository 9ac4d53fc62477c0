import { beforeAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { distanceLabel, placeLine } from './format';

beforeAll(() => overwriteGetLocale(() => 'en'));

const hit = (precision: 'exact' | 'locality' | 'municipality', distanceKm: number, locality: string | null = null) => ({ precision, distanceKm, locality, municipality: 'Jelgavas novads' });

describe('distances said honestly (issue 12, item 8)', () => {
	it('a listing at its own address: the distance', () => {
		expect(distanceLabel(hit('exact', 0.5), 'you', 'en')).toBe('500 m from you');
	});

	it('a listing that shows only its municipality: where it is, not "500 m from you"', () => {
		expect(distanceLabel(hit('municipality', 0.5), 'you', 'en')).toBe('in Jelgavas novads');
		expect(distanceLabel(hit('municipality', 12), 'you', 'en')).toBe('in Jelgavas novads');
		// farther than the municipality itself: about how far, in whole km
		expect(distanceLabel(hit('municipality', 41.3), 'Rīga', 'en')).toBe('in Jelgavas novads, about 41 km from Rīga');
	});

	it('a listing that shows only its village: the village, then its municipality', () => {
		expect(distanceLabel(hit('locality', 0.3, 'Ozolnieki'), 'you', 'en')).toBe('in Ozolnieki, Jelgavas novads');
		expect(distanceLabel(hit('locality', 9, 'Ozolnieki'), 'you', 'en')).toBe('in Ozolnieki, Jelgavas novads, about 9 km from you');
		expect(distanceLabel(hit('locality', 0.3), 'you', 'en')).toBe('in Jelgavas novads');
	});

	it('one word order for places: locality, municipality', () => {
		expect(placeLine('Ozolnieki', 'Jelgavas novads')).toBe('Ozolnieki, Jelgavas novads');
		expect(placeLine('Rīga', 'Rīga')).toBe('Rīga');
		expect(placeLine(null, 'Rīga')).toBe('Rīga');
	});
});
