import type { RankQuery } from './engine';
import type { IndexRow } from './memory-index';
import type { FacetFilter } from './ranking';
import { documentKinds } from './document-kinds';

export const NO_FILTER: FacetFilter = { types: [], categoryIds: null, kinds: [], labelIds: null, regionIds: null, municipalityIds: null, openNow: false };

/** An engine query for unit tests: no words, no filters, the best 10 of each type at Monday 10:00 in Riga. */
export const rankQuery = (over: Partial<RankQuery> = {}): RankQuery => ({
	words: [],
	area: null,
	origin: null,
	radiusKm: null,
	minute: Math.floor(Date.parse('2026-11-23T08:00:00Z') / 60_000),
	placeNames: [],
	placeLocalityIds: [],
	stopWords: [],
	tieOrigin: null,
	filter: NO_FILTER,
	sort: 'relevance',
	single: null,
	merged: null,
	groupSize: Object.fromEntries(documentKinds().map((k) => [k.type, 10])) as RankQuery['groupSize'],
	radiusSteps: [],
	...over
});

/** A memory-index row for unit tests: a farm producer in municipality 1 with nothing else set. */
export const indexRow = (id: string, over: Partial<IndexRow> = {}): IndexRow => ({
	resultType: 'producer',
	resultId: id,
	kind: 'farm',
	sortKey: id,
	names: '',
	productNames: '',
	rawStems: '',
	productRawStems: '',
	nameStems: '',
	bodyStems: '',
	productNameStems: [],
	productCategoryIds: [],
	categoryIds: [],
	labelIds: [],
	regionIds: [],
	municipalityIds: [1],
	localityId: null,
	lat: null,
	lng: null,
	hours: [],
	...over
});
