import type { MapData } from '$lib/contracts/map/types';
import type { DirectorySelection } from '$lib/contracts/producers/types';
import type { Db } from '$lib/server/db/types';
import { compareSortKeys } from '$lib/text/collation';
import { listTerritoriesByKind } from '$lib/server/geography/territories-repository';
import { loadCards } from '$lib/server/producers/cards';
import { readDirectoryQuery, selectionQuery, type DirectoryQuery } from '$lib/server/producers/domain';
import { listCardRowsByIds, type DirectoryFilter, type ProducerKind } from '$lib/server/producers/producers-repository';
import { searchPort } from '$lib/server/search';
import { checkSelection, directoryPage, type DirectoryPage } from '$lib/server/producers/queries';
import { listCategories, type CategoryRow } from '$lib/server/taxonomy/categories-repository';
import { categoryScope } from '$lib/server/taxonomy/domain';
import { listLabels } from '$lib/server/taxonomy/labels-repository';
import { bboxTuple, toMarkers } from './domain';
import { gridFor, MAX_MARKERS, type Bbox } from './grid';
import type { MapRequest } from './params';

/** Producers listed beside the map: the first of the view in Latvian order. */
export const LIST_SIZE = 24;

type ResolvedFilter = { selection: DirectorySelection; ignored: string[]; filter: DirectoryFilter; cats: CategoryRow[] };

/**
 * The directory's filter parameters → a DirectoryFilter, exactly as /razotaji reads them
 * (readDirectoryQuery + checkSelection). Only the reference lists a filter needs are loaded,
 * so an unfiltered map request reads no region, municipality or label table.
 */
export async function resolveFilter(db: Db, query: DirectoryQuery): Promise<ResolvedFilter> {
	const [cats, labels, regions, municipalities] = await Promise.all([
		listCategories(db),
		query.label ? listLabels(db) : [],
		query.region ? listTerritoriesByKind(db, 'planning_region') : [],
		query.municipality ? listTerritoriesByKind(db, 'municipality') : []
	]);
	const { selection, ignored } = checkSelection(query, { cats, labels, regions, municipalities });
	const filter: DirectoryFilter = {
		categoryIds: selection.category ? categoryScope(cats, selection.category)?.ids : undefined,
		regionId: regions.find((r) => r.slug === selection.region)?.id,
		municipalityId: municipalities.find((r) => r.slug === selection.municipality)?.id,
		kind: selection.kind ? (selection.kind as ProducerKind) : undefined,
		labelId: labels.find((l) => l.slug === selection.label)?.id
	};
	return { selection, ignored, filter, cats };
}

/** Extra names read beyond the list so that equal sort keys are settled on the slug, as the directory does. */
const TIE_ROOM = 8;

/**
 * The JSON behind the map: clusters and single points of the view, and the first producers in it,
 * grouped over the memory index (the search port's mapView); names, slugs and cards from one SQL read.
 */
export async function mapData(db: Db, request: MapRequest, locale: string): Promise<MapData> {
	const { ignored, filter, cats } = await resolveFilter(db, request.query);
	const grid = gridFor(request.zoom, request.bbox);
	const view = await searchPort().mapView(db, filter, request.bbox, grid.cells, MAX_MARKERS, LIST_SIZE + TIE_ROOM);
	const singles = view.cells.filter((c) => c.count === 1).map((c) => c.id);
	const rows = new Map((await listCardRowsByIds(db, [...new Set([...singles, ...view.first.map((x) => x.id)])])).map((r) => [r.id, r]));
	// a producer unpublished since the index was read has no row: it is left out
	const cells = view.cells.flatMap((c) => {
		if (c.count > 1) return [{ ...c, slug: '', name: '' }];
		const row = rows.get(c.id);
		return row ? [{ ...c, slug: row.slug, name: row.name }] : [];
	});
	const sortKeys = new Map(view.first.map((x) => [x.id, x.sortKey]));
	const sortKey = (id: string) => sortKeys.get(id)!;
	const list = view.first
		.flatMap((x) => rows.get(x.id) ?? [])
		.sort((a, b) => compareSortKeys(sortKey(a.id), sortKey(b.id)) || compareSortKeys(a.slug, b.slug))
		.slice(0, LIST_SIZE);
	const { clusters, points, total } = toMarkers(cells);
	return {
		bbox: bboxTuple(request.bbox),
		zoom: request.zoom,
		grid: { level: grid.level, cells: grid.cells },
		total,
		clusters,
		points,
		list: await loadCards(db, list, cats, locale),
		ignored
	};
}

/** How many filtered producers have a public point, and the bounds of those points (the first map view). */
export async function placedExtent(db: Db, filter: DirectoryFilter): Promise<{ count: number; bbox: Bbox | null }> {
	return searchPort().mapExtent(db, filter);
}

/** All of Latvia, for the overview the server draws (zoom 6 groups it into a few dozen clusters). */
const OVERVIEW: { bbox: Bbox; zoom: number } = { bbox: { west: 20.9, south: 55.6, east: 28.3, north: 58.1 }, zoom: 6 };

/** The filtered producers over the whole country as clusters: the map page's picture without JavaScript. */
export async function overviewOf(db: Db, filter: DirectoryFilter): Promise<{ lat: number; lng: number; count: number }[]> {
	const grid = gridFor(OVERVIEW.zoom, OVERVIEW.bbox);
	const view = await searchPort().mapView(db, filter, OVERVIEW.bbox, grid.cells, MAX_MARKERS, 0);
	return view.cells.map((c) => ({ lat: c.lat, lng: c.lng, count: c.count }));
}

export type MapPage = DirectoryPage & {
	/** Bounds of the filtered producers' public points (the first view), null when none has one. */
	extent: MapData['bbox'] | null;
	/** Clusters over all of Latvia for the server-drawn picture (shown until the map loads, or without JavaScript). */
	overview: { lat: number; lng: number; count: number }[];
	/** The filters as a query string (no page, no sort), for the JSON requests of the map. */
	filterQuery: string;
};

/**
 * The map page: the directory's own flow gives the filtered, paginated list that is shown without
 * JavaScript (and the filter options); the extent places the first map view on the results.
 */
export async function mapPage(db: Db, params: URLSearchParams, locale: string): Promise<MapPage> {
	const [directory, resolved] = await Promise.all([directoryPage(db, params, locale), resolveFilter(db, readDirectoryQuery(params))]);
	const [extent, overview] = await Promise.all([placedExtent(db, resolved.filter), overviewOf(db, resolved.filter)]);
	return {
		...directory,
		extent: extent.bbox ? bboxTuple(extent.bbox) : null,
		overview,
		filterQuery: selectionQuery({ ...directory.selection, sort: 'name' }).replace(/^\?/, '')
	};
}
