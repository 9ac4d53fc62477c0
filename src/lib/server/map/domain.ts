import type { BboxTuple, MapCluster, MapPoint } from '$lib/contracts/map/types';
import type { Bbox } from './grid';

/** Six decimals ≈ 0.1 m: enough for a marker, and a shorter JSON body. */
export const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

export const bboxTuple = (b: Bbox): BboxTuple => [round6(b.west), round6(b.south), round6(b.east), round6(b.north)];

/** One non-empty grid cell of the view; a cell of one producer carries its slug and name. */
export type CellRow = {
	x: number;
	y: number;
	count: number;
	lat: number;
	lng: number;
	west: number;
	south: number;
	east: number;
	north: number;
	slug: string;
	name: string;
};

/** A cell with one producer becomes a point (with its name and link); with more, a cluster. */
export function toMarkers(cells: readonly CellRow[]): { clusters: MapCluster[]; points: MapPoint[]; total: number } {
	const clusters: MapCluster[] = [];
	const points: MapPoint[] = [];
	let total = 0;
	for (const c of cells) {
		total += c.count;
		if (c.count === 1) points.push({ slug: c.slug, name: c.name, lat: round6(c.lat), lng: round6(c.lng) });
		else
			clusters.push({
				lat: round6(c.lat),
				lng: round6(c.lng),
				count: c.count,
				bbox: bboxTuple({ west: c.west, south: c.south, east: c.east, north: c.north })
			});
	}
	return { clusters, points, total };
}
