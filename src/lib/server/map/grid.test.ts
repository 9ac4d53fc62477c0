import { describe, expect, it } from 'vitest';
import { cellOf, cellsInBbox, cellsPerWorld, CELL_PX, gridFor, inBbox, MAX_MARKERS, mercatorX, mercatorY, type Bbox } from './grid';

const LATVIA: Bbox = { west: 20.97, south: 55.67, east: 28.24, north: 58.09 };

/** The bbox of a width×height px Leaflet view centred on lat/lng at a zoom (Web Mercator). */
function viewBbox(lat: number, lng: number, zoom: number, width: number, height: number): Bbox {
	const world = 256 * 2 ** zoom;
	const cx = mercatorX(lng) * world;
	const cy = mercatorY(lat) * world;
	const lngOf = (x: number) => (x / world) * 360 - 180;
	const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / world))) * 180) / Math.PI;
	return { west: lngOf(cx - width / 2), east: lngOf(cx + width / 2), north: latOf(cy - height / 2), south: latOf(cy + height / 2) };
}

describe('Web Mercator', () => {
	it('maps the world edges and the equator', () => {
		expect(mercatorX(-180)).toBe(0);
		expect(mercatorX(180)).toBe(1);
		expect(mercatorX(0)).toBe(0.5);
		expect(mercatorY(0)).toBeCloseTo(0.5, 12);
		expect(mercatorY(85.0511287798066)).toBeCloseTo(0, 9);
		expect(mercatorY(-85.0511287798066)).toBeCloseTo(1, 9);
	});
	it('clamps latitudes beyond the Mercator limit instead of running off to infinity', () => {
		expect(Number.isFinite(mercatorY(90))).toBe(true);
		expect(mercatorY(90)).toBe(mercatorY(85.0511287798066));
		expect(mercatorY(-90)).toBe(mercatorY(-85.0511287798066));
	});
	it('puts Rīga on OSM tile 10/580/313 and agrees with the asinh form of y', () => {
		expect(Math.floor(mercatorX(24.1052) * 1024)).toBe(580);
		expect(Math.floor(mercatorY(56.9496) * 1024)).toBe(313);
		for (const lat of [-80, -33.3, 0.1, 55.67, 56.9496, 58.09, 84]) {
			expect(mercatorY(lat)).toBeCloseTo((1 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / Math.PI) / 2, 12);
		}
	});
});

describe('grid cells', () => {
	it('has cells of CELL_PX screen pixels at every level', () => {
		expect(cellsPerWorld(0)).toBe(256 / CELL_PX);
		expect(cellsPerWorld(10) / cellsPerWorld(9)).toBe(2);
		expect((256 * 2 ** 12) / cellsPerWorld(12)).toBe(CELL_PX);
	});
	it('gives near points the same cell and far points different cells', () => {
		const cells = cellsPerWorld(8);
		expect(cellOf(56.95, 24.1, cells)).toEqual(cellOf(56.951, 24.101, cells));
		expect(cellOf(56.95, 24.1, cells)).not.toEqual(cellOf(55.87, 26.53, cells)); // Rīga vs Daugavpils
	});
	it('splits what one cell holds into more cells one level deeper', () => {
		const a = { lat: 57.1, lng: 24.8 };
		const b = { lat: 57.16, lng: 24.86 };
		let level = 0;
		while (JSON.stringify(cellOf(a.lat, a.lng, cellsPerWorld(level))) === JSON.stringify(cellOf(b.lat, b.lng, cellsPerWorld(level)))) level++;
		expect(level).toBeGreaterThan(5);
		for (let deeper = level; deeper < level + 4; deeper++) {
			expect(cellOf(a.lat, a.lng, cellsPerWorld(deeper))).not.toEqual(cellOf(b.lat, b.lng, cellsPerWorld(deeper)));
		}
	});
	it('counts the cells a bbox touches, partly covered ones included', () => {
		const cells = cellsPerWorld(2); // 12.8 cells across the world
		expect(cellsInBbox({ west: -180, south: -85, east: 179.999, north: 85 }, cells)).toBe(13 * 13);
		expect(cellsInBbox({ west: 0, south: 0, east: 0.001, north: 0.001 }, cells)).toBeLessThanOrEqual(4);
	});
	it('checks bbox containment with the edges included', () => {
		expect(inBbox(55.67, 20.97, LATVIA)).toBe(true);
		expect(inBbox(58.1, 24, LATVIA)).toBe(false);
	});
});

describe('gridFor', () => {
	it('uses the requested zoom for a normal screen', () => {
		for (const zoom of [7, 10, 13, 18]) {
			const bbox = viewBbox(56.95, 24.1, zoom, 1280, 800);
			const grid = gridFor(zoom, bbox);
			expect(grid.level).toBe(zoom);
			expect(cellsInBbox(bbox, grid.cells)).toBeLessThanOrEqual(MAX_MARKERS);
		}
	});
	it('coarsens the grid for a huge view so that no answer can exceed MAX_MARKERS', () => {
		const bbox = viewBbox(56.95, 24.1, 12, 7680, 4320);
		const grid = gridFor(12, bbox);
		expect(grid.level).toBeLessThan(12);
		expect(cellsInBbox(bbox, grid.cells)).toBeLessThanOrEqual(MAX_MARKERS);
		const world = { west: -180, south: -85, east: 180, north: 85 };
		for (const zoom of [0, 5, 10, 15, 20]) expect(cellsInBbox(world, gridFor(zoom, world).cells)).toBeLessThanOrEqual(MAX_MARKERS);
	});
	it('keeps the level within 0…20 and whole', () => {
		expect(gridFor(25, LATVIA).level).toBeLessThanOrEqual(20);
		expect(gridFor(-3, LATVIA).level).toBe(0);
		expect(Number.isInteger(gridFor(7.6, LATVIA).level)).toBe(true);
	});
});
