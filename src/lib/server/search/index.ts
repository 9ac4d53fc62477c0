/**
 * Search's one entry for the rest of the application (decision 011). Modules outside
 * src/lib/server/search import `$lib/server/search` (or `../search`) and nothing deeper — the
 * import-boundary test (boundary.test.ts) fails otherwise. What is here:
 *
 * - `searchPort()`: the interface (port.ts) over the configured adapter — today the memory index
 *   (memory-adapter.ts), wired to the unmet-demand log;
 * - the types of its answers, and the document-kind registry (document-kinds.ts) through which a
 *   feature adds a result type;
 * - search's vocabulary that other features reuse without touching an index: parameters, the
 *   reference lists, words, stems, typo distance, category and place matching.
 */
import type { Db } from '../db/types';
import type { SearchResponse } from '../../contracts/search/types';
import { memorySearchPort } from './memory-adapter';
import type { SearchPort } from './port';

let port: SearchPort | null = null;

/**
 * The unmet-demand log (insight, issue 20) hears every answer. Loaded on the first search, not
 * with this module: it reads the request (`$app/server`), which the command-line tools that
 * import search (seed, import, the benchmark) do not have.
 */
async function logDemand(db: Db, response: SearchResponse, now: Date): Promise<boolean> {
	const { logSearchDemand } = await import('../insight/demand-log');
	return logSearchDemand(db, response, now);
}

/** The application's search. */
export function searchPort(): SearchPort {
	return (port ??= memorySearchPort({ onAnswer: logDemand }));
}

export type { SearchPort, ProducerSelection, ProducerCounts, SupplyCounts, SupplyFilter, MapCell, Bounds, ReindexScope, AnswerListener } from './port';
export type { SearchOptions } from './flow';
export type { SearchPageData, NearPlaceGroup } from './search-page';
export type { SavedSearchMatch } from './saved-search';
export { memorySearchPort, type MemoryAdapterOptions } from './memory-adapter';
export { registerDocumentKind, documentKinds, type DocumentKind } from './document-kinds';
export { PAGE_SIZE, resultUrl, withoutWords } from './flow';
export { SEARCH_REINDEX_JOB } from './reindex-job';
export { LISTING_REINDEX_JOB } from './listing-reindex';

// search's vocabulary, reused by import matching and regional insight
export { defaultParams, normalizeQueryText, parseSearchParams } from './params';
export { searchReference, type SearchReference } from './reference';
export { buildCategoryIndex, namedCategories, type CategoryIndex, type CategoryInput } from './categories';
export { areaOf, type TerritoryInput } from './places';
export { splitWords, STOP_WORDS } from './words';
export { editDistance } from './typos';
export { haversineKm } from './ranking';
export { filtersForLog } from './query-plan';
export { insertMiss, insertMisses, type LoggedSearch } from './misses-repository';
