import { describe, expect, it } from 'vitest';
import { bboxTuple, round6, toMarkers } from './domain';
import type { CellRow } from './domain';

const cell = (over: Partial<CellRow>): CellRow => ({
	x: 0, y: 0, count: 1, lat: 57, lng: 24, west: 24, south: 57, east: 24, north: 57, slug: 'a', name: 'A', ...over
});

describe('toMarkers', () => {
	it('turns one-producer cells into points and the rest into clusters, keeping the total', () => {
		const { clusters, points, total } = toMarkers([
			cell({ count: 5, lat: 57.1234567, lng: 24.7654321, west: 24.5, south: 57, east: 25, north: 57.3 }),
			cell({ x: 1, count: 1, slug: 'abolinu-darzs', name: 'Āboliņu dārzs', lat: 56.5, lng: 25.5 })
		]);
		expect(total).toBe(6);
		expect(clusters).toEqual([{ lat: 57.123457, lng: 24.765432, count: 5, bbox: [24.5, 57, 25, 57.3] }]);
		expect(points).toEqual([{ slug: 'abolinu-darzs', name: 'Āboliņu dārzs', lat: 56.5, lng: 25.5 }]);
	});
	it('gives no name or slug for a cluster', () => {
		const { clusters } = toMarkers([cell({ count: 2 })]);
		expect(Object.keys(clusters[0]).sort()).toEqual(['bbox', 'count', 'lat', 'lng']);
	});
	it('rounds to six decimals', () => {
		expect(round6(24.12345649)).toBe(24.123456);
		expect(bboxTuple({ west: 1.0000004, south: 2, east: 3, north: 4.9999996 })).toEqual([1, 2, 3, 5]);
	});
});
