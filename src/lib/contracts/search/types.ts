/**
 * What the search flow returns (src/lib/server/search/flow.ts): page data for /[lang]/meklet and the
 * body the public API serializes. Texts are localized; locations are public only (publicLocation).
 */

import type { LocationPrecision } from '$lib/domain/types';

export type ResultType = 'producer' | 'sales_point' | 'organisation' | 'place' | 'library_item';
export const RESULT_TYPES: readonly ResultType[] = ['producer', 'sales_point', 'organisation', 'place', 'library_item'];

export type SortOrder = 'relevance' | 'distance' | 'name';

export type SearchParams = {
	/** The query as typed (whitespace collapsed, at most 100 characters). */
	q: string;
	/** Only these result types (empty: all). */
	types: ResultType[];
	/** Filter slugs; several values of one filter are alternatives (OR), filters combine with AND. */
	categories: string[];
	kinds: string[];
	labels: string[];
	regions: string[];
	municipalities: string[];
	/** Open now in Europe/Riga (producers: one of their sales points is open). */
	openNow: boolean;
	/** A point (browser geolocation) to measure distance from. */
	near: { lat: number; lng: number } | null;
	/** …or a municipality, town, village or parish slug whose centre is the point. */
	nearPlace: string | null;
	/** Only results within this many km of the point. */
	radiusKm: number | null;
	sort: SortOrder;
	page: number;
	/** false (noplace=1): place words in the query stay plain words. */
	placeWords: boolean;
};

export type ParamError = { param: string; message: string };

export type ParseResult =
	| { ok: true; params: SearchParams }
	/** `params` holds everything that was valid, for pages that show a notice and go on. */
	| { ok: false; errors: ParamError[]; params: SearchParams };

export type SnippetField = 'name' | 'product' | 'description' | 'category' | 'place';

export type SearchSnippet = {
	field: SnippetField;
	/** Plain text; `ranges` are [start, end) offsets of the matching words. */
	text: string;
	ranges: [number, number][];
	/** The same, escaped, with the ranges wrapped in <mark>. */
	html: string;
	/** Language of the text when it differs from the page's. */
	lang: string | null;
};

/** How a result matched its best query word: exact word, other form (stem), prefix, typo, category, place only. */
export type MatchKind = 'exact' | 'stem' | 'prefix' | 'typo' | 'category' | 'place' | 'filter';

export type SearchHit = {
	type: ResultType;
	id: string;
	slug: string;
	name: string;
	/** Page URL, e.g. /lv/razotaji/kalnmuizas. */
	url: string;
	externalId: string | null;
	kind: string;
	municipality: string;
	municipalitySlug: string;
	/** Only when the listing shows its locality. */
	locality: string | null;
	/** The public point (house, locality or municipality centre). */
	point: { lat: number; lng: number } | null;
	/** How precisely the listing shows where it is; the address only with exact precision. */
	precision: LocationPrecision;
	address: string | null;
	distanceKm: number | null;
	/** null: no opening hours known. */
	openNow: boolean | null;
	isDemo: boolean;
	match: MatchKind;
	score: number;
	snippet: SearchSnippet | null;
	/** Product names that matched (producers), at most three. */
	products: string[];
};

export type ResultGroup = {
	type: ResultType;
	/** All matching results of this type (not only the ones listed). */
	total: number;
	hits: SearchHit[];
};

/** `label` is localized for categories, labels and territories; for types and kinds it is the value itself. */
export type FacetValue = { value: string; label: string; count: number; selected: boolean };

export type Facets = {
	type: FacetValue[];
	category: FacetValue[];
	kind: FacetValue[];
	label: FacetValue[];
	region: FacetValue[];
	municipality: FacetValue[];
	/** Results open now (with the other filters). */
	openNow: number;
	/** Results within 5, 10, 25, 50, 100 km of the point, when there is one. */
	radius: FacetValue[];
};

export type AppliedPlace = {
	/** The words of the query that named it. */
	words: string;
	name: string;
	kind: string;
	slug: string;
	/** The municipality (or planning region) the filter covers. */
	areaName: string;
	/** The query without the place words, for the chip's "remove" link. */
	queryWithout: string;
	/** Results outside the area, found because their names have the place words ("Bērziņu medus"). */
	namedElsewhere: number;
};

export type SearchResponse = {
	/** The parameters as applied: filter values that name nothing (see `ignored`) are left out. */
	params: SearchParams;
	/** Folded, normalized query (what the miss log records). */
	normalizedQuery: string;
	/** Query words that were treated as text (not place words or stop words). */
	textWords: string[];
	places: AppliedPlace[];
	/**
	 * Words that name places in several municipalities ("Salas"): left as text; each option is a
	 * municipality (or region) filter the page can offer instead, with the query without the word.
	 */
	ambiguousPlaces: { word: string; queryWithout: string; options: { param: 'municipality' | 'region'; slug: string; name: string }[] }[];
	/** Categories the query names ("honey" → Medus), for a link to the category. */
	categories: { slug: string; name: string }[];
	/** Words that were not found and were read as a similar word ("ievarjums" → "ievarijums"). */
	corrections: { from: string; to: string[] }[];
	/** The point distances are measured from, and what it is. */
	origin: { lat: number; lng: number; label: string | null } | null;
	groups: ResultGroup[];
	total: number;
	/** With one type selected (or a window asked for): its pages. */
	pagination: { page: number; pages: number; perPage: number } | null;
	/**
	 * Only when the caller asked for a window of the results (search options, the API): its hits in
	 * rank order — every type in one list without one type (the groups then carry totals only).
	 */
	window: SearchHit[] | null;
	facets: Facets;
	/** Filter values that name nothing and were ignored. */
	ignored: { param: string; value: string }[];
	/**
	 * Nothing in the place the query named: the nearest results outside it, measured from the
	 * place's centre ("nothing in Rīga — 3 within 15 km"). `radiusKm` null: none within 100 km,
	 * `count` is then every result and the hits are the nearest.
	 */
	nearby: {
		placeName: string;
		/** The place as a `near_place` slug and the query without its words: the whole list, nearest first. */
		placeSlug: string;
		query: string;
		radiusKm: number | null;
		count: number;
		hits: SearchHit[];
	} | null;
	/** Every text word is found somewhere (with no place or filter): no spelling advice then. */
	wordsFound: boolean;
	/** Whether the search was recorded as a miss (zero results). */
	loggedMiss: boolean;
	/** Milliseconds spent in search(). */
	tookMs: number;
	/** Whether the answer was kept from an earlier identical search (generation-lru.ts); the API says so in Server-Timing. */
	fromCache?: boolean;
};

export type SuggestionType = 'producer' | 'product' | 'sales_point' | 'organisation' | 'place' | 'category' | 'territory';

export type Suggestion = {
	type: SuggestionType;
	label: string;
	/** Second line: municipality, category … */
	detail: string | null;
	url: string;
};

export type SuggestResponse = { q: string; suggestions: Suggestion[] };
