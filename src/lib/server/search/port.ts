/**
 * The search port (decision 011): everything the rest of the application asks of search, in one
 * interface. The memory index (decisions 004/005, memory-adapter.ts) is its only adapter today; a
 * search server (OpenSearch/Elasticsearch) would be a second one behind the same methods. Callers
 * outside src/lib/server/search reach it only through `searchPort()` in index.ts — the
 * import-boundary test (boundary.test.ts) fails on any other import.
 *
 * Every method takes the database first: the index is per database (tests open several), and an
 * adapter reads its change feed (search_index_state's generation) from there before it answers.
 */
import type { ParseResult, SearchParams, SearchResponse, SuggestResponse } from '../../contracts/search/types';
import type { Db } from '../db/types';
import type { Scope } from './index-context';
import type { SavedSearchMatch } from './saved-search';
import type { SearchOptions } from './flow';
import type { SearchPageData } from './search-page';

/**
 * The directory's selection of published producers (/razotaji, the map, the widget, the API):
 * a producer kind, a category (a top-level one with its children), region, municipality, label.
 */
export type ProducerSelection = {
	categoryIds?: readonly number[];
	regionId?: number;
	municipalityId?: number;
	kind?: string;
	labelId?: number;
};

export type Bounds = { west: number; south: number; east: number; north: number };

/** A grid cell of the map (Web Mercator cells, map/grid.ts): its producers' count, mean point and bounds. */
export type MapCell = { x: number; y: number; count: number; lat: number; lng: number; west: number; south: number; east: number; north: number; id: string };

/** Published producers per category (own and products', with parents), planning region and municipality. */
export type ProducerCounts = { byCategory: Map<number, number>; byRegion: Map<number, number>; byMunicipality: Map<number, number> };

export type SupplyFilter = { categoryId?: number | null; labelId?: number | null; kind?: string | null };
export type SupplyCounts = {
	/** municipality id → category id → producers (a producer counts once per category it offers). */
	byMunicipalityCategory: Map<number, Map<number, number>>;
	/** municipality id → producers matching the filter. */
	byMunicipality: Map<number, number>;
	total: number;
};

/** Which listings' documents to rebuild: ids per registered document kind's scope key. */
export type ReindexScope = Scope;

/** Called with every answer of search() (cached or not): the unmet-demand log listens here. */
export type AnswerListener = (db: Db, response: SearchResponse, now: Date) => Promise<unknown>;

export interface SearchPort {
	// ── answering ──
	/** The URL's search parameters, checked (bad ones are listed in `errors` and left out). */
	parse(url: URLSearchParams): ParseResult;
	/** Ranked, grouped hits with facets, applied places, corrections (the page and the API). */
	search(db: Db, params: SearchParams, locale: string, options?: SearchOptions): Promise<SearchResponse>;
	/** What /[lang]/meklet shows: the search plus the page's lists. */
	searchPage(db: Db, url: URLSearchParams, locale: string, options?: SearchOptions): Promise<SearchPageData>;
	/** Autocomplete. */
	suggest(db: Db, q: string, locale: string): Promise<SuggestResponse>;
	/** A saved search's matching listings (alerts). */
	savedSearchMatches(db: Db, params: SearchParams, locale: string, now?: Date): Promise<SavedSearchMatch>;
	/** Filter values of a saved search that name nothing any more. */
	unknownSavedSearchFilters(db: Db, params: SearchParams, locale: string): Promise<{ param: string; value: string }[]>;

	// ── the directory, the map and counts ──
	/** How many published producers pass, and the ids of positions offset … offset + limit in name order. */
	producerPage(db: Db, selection: ProducerSelection, offset: number, limit: number): Promise<{ total: number; ids: string[] }>;
	/**
	 * The map's non-empty cells in the bbox (most populous first, at most `limit`) and the first
	 * `first` producers by name (sort key, then id; with the sort key, for the caller to settle ties on the slug).
	 */
	mapView(db: Db, selection: ProducerSelection, bbox: Bounds, cells: number, limit: number, first: number): Promise<{ cells: MapCell[]; first: { id: string; sortKey: string }[] }>;
	/** How many selected producers have a public point, and their bounds. */
	mapExtent(db: Db, selection: ProducerSelection): Promise<{ count: number; bbox: Bounds | null }>;
	producerCounts(db: Db): Promise<ProducerCounts>;
	supplyCounts(db: Db, filter?: SupplyFilter): Promise<SupplyCounts>;

	// ── keeping it current ──
	/** Rebuilds every document in one transaction; returns how many. */
	reindexAll(db: Db): Promise<number>;
	/** Rebuilds the documents of some listings now (in `db`, which may be a transaction). */
	reindex(db: Db, scope: ReindexScope): Promise<void>;
	/** Queues the reindex of `scope` as jobs inside the caller's transaction; returns the number of jobs. */
	queueReindex(db: Db, scope: ReindexScope): Promise<number>;
	/** Queues one reviewed listing's reindex, folded with later changes to it before the worker runs. */
	queueListingReindex(db: Db, listing: { entityType: 'producer' | 'sales_point' | 'place'; id: string }): Promise<void>;
	/**
	 * Start-up: builds the index of a database that has none, otherwise reindexes the listings out of
	 * step with it (returns how many), then loads what this process serves from before the first request.
	 */
	prepare(db: Db): Promise<{ built: boolean; reconciled: number }>;
}
