import { describe, expect, it } from 'vitest';
import { LATVIA_BOUNDS, landPaths, projection } from './picture';

/** The absolute points of compact path data (`M x y l dx dy dx dy … z`, ring after ring). */
function absolutePoints(d: string): [number, number][] {
	const points: [number, number][] = [];
	for (const ring of d.split('z').filter(Boolean)) {
		const [start, steps] = ring.slice(1).split('l');
		let [x, y] = start.split(' ').map(Number);
		points.push([x, y]);
		const numbers = steps.split(' ').map(Number);
		for (let i = 0; i < numbers.length; i += 2) {
			x += numbers[i];
			y += numbers[i + 1];
			points.push([x, y]);
		}
	}
	return points;
}

describe('the land outline drawn into pages', () => {
	const view = projection(LATVIA_BOUNDS, 480);
	const land = landPaths(view);

	it('stays small enough that a producer page fits the first round trip', () => {
		// both paths together were 16 KB at one decimal; whole units keep the shape at a third
		expect(land.latvia.length + land.neighbours.length).toBeLessThan(7000);
	});

	it('draws Latvia inside the frame and around Rīga', () => {
		const points = absolutePoints(land.latvia);
		expect(points.length).toBeGreaterThan(100);
		const xs = points.map(([x]) => x);
		const ys = points.map(([, y]) => y);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThanOrEqual(view.width);
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...ys)).toBeLessThanOrEqual(view.height);
		const [rigaX, rigaY] = [view.x(24.1052), view.y(56.9496)];
		expect(rigaX).toBeGreaterThan(Math.min(...xs));
		expect(rigaX).toBeLessThan(Math.max(...xs));
		expect(rigaY).toBeGreaterThan(Math.min(...ys));
		expect(rigaY).toBeLessThan(Math.max(...ys));
	});
});
