/**
 * The search port's memory adapter (decisions 004, 005, 011): each app process keeps a memory
 * index of search_results, brought up to date from the generation table before every answer
 * (freshness.ts), and answers searches, the directory, the map and counts from it. The documents
 * and results stay in PostgreSQL (indexer.ts), which is what a second adapter would read too.
 */
import { searchPage as pageOf, search as searchOf, type SearchOptions } from './flow';
import { freshIndex } from './freshness';
import { ensureSearchIndex, reindex, reindexAll } from './indexer';
import { queueListingReindex } from './listing-reindex';
import { extentOf, viewOf } from './map-view';
import { parseSearchParams } from './params';
import type { AnswerListener, SearchPort } from './port';
import { producerCounts } from './producer-counts';
import { producerPage } from './producer-filter';
import { reconcileSearchIndex } from './reconcile';
import { queueSearchReindex } from './reindex-job';
import { savedSearchMatches, unknownSavedSearchFilters } from './saved-search';
import { suggest } from './suggest';
import { countSupply } from './supply-counts';

export type MemoryAdapterOptions = {
	/** Told every search answer (the app: the unmet-demand log). */
	onAnswer?: AnswerListener;
};

export function memorySearchPort(deps: MemoryAdapterOptions = {}): SearchPort {
	const withListener = (options: SearchOptions = {}): SearchOptions => (deps.onAnswer && !options.onAnswer ? { ...options, onAnswer: deps.onAnswer } : options);
	return {
		parse: parseSearchParams,
		search: (db, params, locale, options) => searchOf(db, params, locale, withListener(options)),
		searchPage: (db, url, locale, options) => pageOf(db, url, locale, withListener(options)),
		suggest,
		savedSearchMatches,
		unknownSavedSearchFilters,

		producerPage: async (db, selection, offset, limit) => producerPage(await freshIndex(db), selection, offset, limit),
		mapView: async (db, selection, bbox, cells, limit, first) => viewOf(await freshIndex(db), selection, bbox, cells, limit, first),
		mapExtent: async (db, selection) => extentOf(await freshIndex(db), selection),
		producerCounts,
		supplyCounts: async (db, filter = {}) => countSupply(await freshIndex(db), filter),

		reindexAll,
		reindex,
		queueReindex: queueSearchReindex,
		queueListingReindex,
		async prepare(db) {
			const built = await ensureSearchIndex(db);
			const reconciled = built ? 0 : await reconcileSearchIndex(db);
			// the memory index is loaded before the first request, not during it
			await freshIndex(db);
			return { built, reconciled };
		}
	};
}
