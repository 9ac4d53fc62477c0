import { describe, expect, it } from 'vitest';
import { publicLocation } from '$lib/domain/public-location';
import type { LocationPrecision } from '$lib/domain/types';
import { publicPoint, type PointColumns } from './public-point';

const PRECISIONS: LocationPrecision[] = ['exact', 'locality', 'municipality'];
/** null, only one coordinate, or both: every case the rule has to handle. */
const PAIRS: [number | null, number | null][] = [
	[null, null],
	[57.1, null],
	[null, 24.1],
	[57.1, 24.1]
];

function* allColumns(): Generator<PointColumns> {
	for (const precision of PRECISIONS)
		for (const [lat, lng] of PAIRS)
			for (const [localityLat, localityLng] of PAIRS.map(([a, b]) => [a && a + 0.2, b && b + 0.2]))
				for (const [municipalityLat, municipalityLng] of PAIRS.map(([a, b]) => [a && a + 0.5, b && b + 0.5]))
					yield { precision, lat, lng, localityLat, localityLng, municipalityLat, municipalityLng };
}

describe('publicPoint (twin of publicLocation and of the SQL)', () => {
	it('agrees with publicLocation().point for every combination of known and unknown coordinates', () => {
		let cases = 0;
		for (const c of allColumns()) {
			for (const hasLocality of [true, false]) {
				if (!hasLocality && (c.localityLat !== null || c.localityLng !== null)) continue;
				const expected = publicLocation({
					precision: c.precision,
					address: 'Ābeļu iela 12',
					lat: c.lat,
					lng: c.lng,
					locality: hasLocality ? { name: 'Ulbroka', slug: 'ulbroka', lat: c.localityLat, lng: c.localityLng } : null,
					municipality: { name: 'Ropažu novads', slug: 'ropazu-novads', lat: c.municipalityLat, lng: c.municipalityLng }
				}).point;
				expect(publicPoint(c), JSON.stringify({ c, hasLocality })).toEqual(expected);
				cases++;
			}
		}
		expect(cases).toBeGreaterThan(150);
	});
	it('never shows a house unless the precision is exact', () => {
		const house = { lat: 56.97, lng: 24.4 };
		for (const precision of ['locality', 'municipality'] as const) {
			const p = publicPoint({ precision, ...house, localityLat: null, localityLng: null, municipalityLat: 57.0, municipalityLng: 24.6 });
			expect(p).toEqual({ lat: 57.0, lng: 24.6 });
		}
		expect(publicPoint({ precision: 'municipality', ...house, localityLat: 56.9, localityLng: 24.3, municipalityLat: null, municipalityLng: null })).toBeNull();
	});
});
