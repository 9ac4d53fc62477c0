import { LATVIA, NEIGHBOURS } from './baltic-outline';

/**
 * A map picture the server draws as SVG: Latvia and its neighbours (Natural Earth borders) in Web
 * Mercator, as on the interactive map, so a page shows where a place is before (or without) any
 * map script and tile. Pure functions; the paths of one frame and size are worked out once.
 */
export type Bounds = { west: number; east: number; south: number; north: number };
export type Projection = { width: number; height: number; bounds: Bounds; x: (lng: number) => number; y: (lat: number) => number };

/** Latvia with a margin: the frame of every overview picture. */
export const LATVIA_BOUNDS: Bounds = { west: 20.75, east: 28.45, south: 55.6, north: 58.15 };

const mercator = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** A projection of `bounds` onto a picture `width` units wide (the height follows the frame's shape). */
export function projection(bounds: Bounds, width: number): Projection {
	const scale = width / (((bounds.east - bounds.west) * Math.PI) / 180);
	const top = mercator(bounds.north);
	const height = Math.round(scale * (top - mercator(bounds.south)));
	return {
		width,
		height,
		bounds,
		x: (lng) => ((lng - bounds.west) * Math.PI * scale) / 180,
		y: (lat) => (top - mercator(lat)) * scale
	};
}

/**
 * Compact path data: whole picture units (a unit is a pixel at the usual width, finer than the
 * border data), points that round onto the previous one dropped, and relative steps after the first
 * point. The outline is drawn into every page that shows a place, so its bytes decide whether the
 * page's HTML fits the first round trip of a slow connection (about 14 KB compressed).
 */
function path(p: Projection, rings: [number, number][][]): string {
	return rings
		.map((ring) => {
			const points: [number, number][] = [];
			for (const [lng, lat] of ring) {
				const point: [number, number] = [Math.round(p.x(lng)), Math.round(p.y(lat))];
				const last = points[points.length - 1];
				if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
			}
			if (points.length < 3) return '';
			const steps = points.slice(1).map(([x, y], i) => `${x - points[i][0]} ${y - points[i][1]}`);
			return `M${points[0][0]} ${points[0][1]}l${steps.join(' ')}z`;
		})
		.join('');
}

const landCache = new Map<string, { latvia: string; neighbours: string }>();
/** SVG path data of Latvia and of the land around it, for this projection. */
export function landPaths(p: Projection): { latvia: string; neighbours: string } {
	const key = `${p.width}:${p.bounds.west}:${p.bounds.east}:${p.bounds.south}:${p.bounds.north}`;
	let found = landCache.get(key);
	if (!found) {
		found = { latvia: path(p, LATVIA), neighbours: path(p, NEIGHBOURS) };
		if (landCache.size > 50) landCache.clear();
		landCache.set(key, found);
	}
	return found;
}

/** Towns drawn for orientation on overview pictures (the state cities; proper names, as on OSM). */
export const REFERENCE_TOWNS: { name: string; lat: number; lng: number }[] = [
	{ name: 'Rīga', lat: 56.9496, lng: 24.1052 },
	{ name: 'Daugavpils', lat: 55.8747, lng: 26.5362 },
	{ name: 'Liepāja', lat: 56.5047, lng: 21.0108 },
	{ name: 'Jelgava', lat: 56.6511, lng: 23.7214 },
	{ name: 'Ventspils', lat: 57.3894, lng: 21.5606 },
	{ name: 'Rēzekne', lat: 56.5099, lng: 27.3331 },
	{ name: 'Valmiera', lat: 57.5411, lng: 25.4275 },
	{ name: 'Jēkabpils', lat: 56.4992, lng: 25.8572 }
];

/** Whether a point lies inside the picture. */
export const inBounds = (b: Bounds, lat: number, lng: number) => lat >= b.south && lat <= b.north && lng >= b.west && lng <= b.east;
