/**
 * What the map page and its JSON endpoint (/{lang}/karte/dati) send to the browser. Every point
 * is a public point (publicLocation's rule, computed in SQL): never a hidden house.
 */
import type { ProducerCardData } from '$lib/contracts/producers/types';

/** [west, south, east, north] in degrees. */
export type BboxTuple = [number, number, number, number];

/** Two or more producers in one grid cell: drawn at their mean point; a click zooms to `bbox`. */
export type MapCluster = { lat: number; lng: number; count: number; bbox: BboxTuple };

/** The only producer in its cell. */
export type MapPoint = { slug: string; name: string; lat: number; lng: number };

export type MapData = {
	bbox: BboxTuple;
	zoom: number;
	/** The grid used: the zoom it was sized for (coarser than `zoom` for very large views) and cells per world. */
	grid: { level: number; cells: number };
	/** Producers in the bbox with the filters: the sum of the cluster counts and single points. */
	total: number;
	clusters: MapCluster[];
	points: MapPoint[];
	/** The first producers in the bbox in Latvian name order (at most LIST_SIZE). */
	list: ProducerCardData[];
	/** Filter values from the URL that name nothing and were left out (as on /razotaji). */
	ignored: string[];
};
