/**
 * Server-side clustering grid (pure maths, no I/O). Points are grouped by the cell of a Web
 * Mercator grid whose cells are CELL_PX screen pixels wide at the requested zoom, so a cluster
 * covers about the same screen area at every zoom. The SQL in map-repository.ts computes the very
 * same cells with the same formulas; map.db.test.ts checks that both agree.
 */

export type Bbox = { west: number; south: number; east: number; north: number };

/** Never more markers (clusters + single points) in one answer than this. */
export const MAX_MARKERS = 500;
/** Width of one grid cell in screen pixels at the requested zoom. */
export const CELL_PX = 80;
const TILE_PX = 256;
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 20;
/** Web Mercator's latitude limit: beyond it y runs off to infinity. */
export const MERCATOR_MAX_LAT = 85.0511287798066;
/** Degrees to radians with PostgreSQL's constant (radians() uses the same double). */
const RAD = Math.PI / 180;

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** 0 at 180° W, 1 at 180° E. SQL: (lng + 180) / 360. */
export function mercatorX(lng: number): number {
	return (lng + 180) / 360;
}

/** 0 at the northern Mercator limit, 1 at the southern. SQL: (1 - ln(tan(r) + 1 / cos(r)) / pi()) / 2. */
export function mercatorY(lat: number): number {
	const r = clamp(lat, -MERCATOR_MAX_LAT, MERCATOR_MAX_LAT) * RAD;
	return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
}

/** Cells across the whole world at a grid level (a level is a zoom: the world is 256·2^level px wide). */
export function cellsPerWorld(level: number): number {
	return (2 ** level * TILE_PX) / CELL_PX;
}

export function cellOf(lat: number, lng: number, cells: number): { x: number; y: number } {
	return { x: Math.floor(mercatorX(lng) * cells), y: Math.floor(mercatorY(lat) * cells) };
}

/** How many grid cells a bbox touches (partly covered ones included): the most markers it can yield. */
export function cellsInBbox(bbox: Bbox, cells: number): number {
	const nw = cellOf(bbox.north, bbox.west, cells);
	const se = cellOf(bbox.south, bbox.east, cells);
	return (se.x - nw.x + 1) * (se.y - nw.y + 1);
}

export type Grid = { level: number; cells: number };

/**
 * The grid for a view: the requested zoom, made coarser one level at a time while the view would
 * touch more than `max` cells (a huge screen, or a bbox much larger than the map). One marker per
 * cell at most, so the answer never holds more than `max` markers.
 */
export function gridFor(zoom: number, bbox: Bbox, max = MAX_MARKERS): Grid {
	let level = Math.floor(clamp(zoom, MIN_ZOOM, MAX_ZOOM));
	while (level > MIN_ZOOM && cellsInBbox(bbox, cellsPerWorld(level)) > max) level--;
	return { level, cells: cellsPerWorld(level) };
}

export function inBbox(lat: number, lng: number, bbox: Bbox): boolean {
	return lat >= bbox.south && lat <= bbox.north && lng >= bbox.west && lng <= bbox.east;
}
