/**
 * The insight maps' projection: plain equirectangular, longitudes shrunk by cos(57°) so Latvia
 * keeps its shape (at this size any conformal projection looks the same). Shared by the outline
 * generator (scripts/reference/build-latvia-outline.ts) and the server-rendered SVG maps.
 */
export const MAP_BOUNDS = { west: 20.8, east: 28.4, south: 55.6, north: 58.15 };
const COS = Math.cos((57 * Math.PI) / 180);
export const MAP_WIDTH = 800;
export const MAP_HEIGHT = Math.round((MAP_WIDTH * (MAP_BOUNDS.north - MAP_BOUNDS.south)) / ((MAP_BOUNDS.east - MAP_BOUNDS.west) * COS));

export function project(lng: number, lat: number): { x: number; y: number } {
	return {
		x: ((lng - MAP_BOUNDS.west) / (MAP_BOUNDS.east - MAP_BOUNDS.west)) * MAP_WIDTH,
		y: ((MAP_BOUNDS.north - lat) / (MAP_BOUNDS.north - MAP_BOUNDS.south)) * MAP_HEIGHT
	};
}

/** Circle radius for a count: area proportional to it, the largest `maxRadius`. */
export function symbolRadius(count: number, largest: number, maxRadius = 28): number {
	return count > 0 && largest > 0 ? Math.max(2.5, maxRadius * Math.sqrt(count / largest)) : 0;
}
