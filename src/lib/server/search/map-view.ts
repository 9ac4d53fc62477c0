/**
 * The map's view computed over the process's memory index of search results (decisions 004/005)
 * instead of SQL: every published producer is one result there with its public point (the same
 * publicLocation() rule the stored producers.public_lat/lng follow), its kind, categories (its own
 * and its products', with parents), labels, municipality and region. Grouping 100,000 points into
 * grid cells is a loop over flat arrays (about a millisecond) where the SQL aggregate took
 * 100–180 ms per request at 100k and seconds under load. Pure: no I/O.
 */
import { inBbox, mercatorX, mercatorY } from '../map/grid';
import type { MemoryIndex } from './memory-index';
import type { Bounds, MapCell, ProducerSelection } from './port';
import { producerFilter } from './producer-filter';
import { TopK } from './top-k';

/**
 * Each slot's Web Mercator x and y (grid.ts), worked out once per index generation: a cell is
 * then floor(x · cells), floor(y · cells), with no logarithm per point and request.
 */
const projected = new WeakMap<MemoryIndex, { generation: number; size: number; xs: Float64Array; ys: Float64Array }>();

function mercator(ix: MemoryIndex): { xs: Float64Array; ys: Float64Array } {
	let p = projected.get(ix);
	if (!p || p.generation !== ix.generation || p.size !== ix.size) {
		const xs = new Float64Array(ix.size);
		const ys = new Float64Array(ix.size);
		for (let slot = 0; slot < ix.size; slot++) {
			xs[slot] = mercatorX(ix.lngs[slot]);
			ys[slot] = mercatorY(ix.lats[slot]);
		}
		p = { generation: ix.generation, size: ix.size, xs, ys };
		projected.set(ix, p);
	}
	return p;
}

/**
 * The filtered producers whose public point lies in the bbox: one entry per non-empty grid cell
 * (most populous first, then x, y — at most `limit`), and the first `first` of them by name
 * (sort key, then id; the caller settles ties on the slug).
 */
export function viewOf(ix: MemoryIndex, f: ProducerSelection, bbox: Bounds, cells: number, limit: number, first: number): { cells: MapCell[]; first: { id: string; sortKey: string }[] } {
	const passes = producerFilter(ix, f);
	const byCell = new Map<number, MapCell>();
	const byName = new TopK(first, 'name', ix, null);
	const { lats, lngs } = ix;
	const { xs, ys } = mercator(ix);
	for (let slot = 0; slot < ix.size; slot++) {
		const lat = lats[slot];
		const lng = lngs[slot];
		if (lat !== lat || !inBbox(lat, lng, bbox) || !passes(slot)) continue; // NaN: no public point
		byName.offer(slot, 0, -1);
		// grid.ts cellOf, with the projection done beforehand
		const x = Math.floor(xs[slot] * cells);
		const y = Math.floor(ys[slot] * cells);
		// x and y stay below 2^23 up to zoom 20: one exact number per cell
		const key = x * 2 ** 24 + y;
		const c = byCell.get(key);
		if (c) {
			c.count++;
			c.lat += lat;
			c.lng += lng;
			if (lng < c.west) c.west = lng;
			if (lng > c.east) c.east = lng;
			if (lat < c.south) c.south = lat;
			if (lat > c.north) c.north = lat;
		} else byCell.set(key, { x, y, count: 1, lat, lng, west: lng, south: lat, east: lng, north: lat, id: ix.ids[slot] });
	}
	const out = [...byCell.values()].sort((a, b) => b.count - a.count || a.x - b.x || a.y - b.y).slice(0, limit);
	for (const c of out) {
		c.lat /= c.count;
		c.lng /= c.count;
	}
	return { cells: out, first: byName.slots().map((slot) => ({ id: ix.ids[slot], sortKey: ix.sortKeys[slot] })) };
}

/** How many filtered producers have a public point, and the bounds of those points. */
export function extentOf(ix: MemoryIndex, f: ProducerSelection): { count: number; bbox: Bounds | null } {
	const passes = producerFilter(ix, f);
	let count = 0;
	const b = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
	for (let slot = 0; slot < ix.size; slot++) {
		const lat = ix.lats[slot];
		const lng = ix.lngs[slot];
		if (lat !== lat || !passes(slot)) continue;
		count++;
		if (lng < b.west) b.west = lng;
		if (lng > b.east) b.east = lng;
		if (lat < b.south) b.south = lat;
		if (lat > b.north) b.north = lat;
	}
	return { count, bbox: count ? b : null };
}
