/**
 * The search flow (issue 3): one query over producers (and their products), sales points,
 * organisations and places. Contract for the page and the public API:
 *
 *   parseSearchParams(url.searchParams) → { ok, params } | { ok: false, errors, params }
 *   search(db, params, locale)          → SearchResponse (grouped hits, facets, applied places …)
 *   suggest(db, q, locale)              → SuggestResponse (autocomplete)
 *
 * Steps: split the query into words (words.ts) → place words become a territory filter
 * (places.ts) → the other words get their stems, category ids, prefix or typo variants
 * (categories.ts, typos.ts, search_terms) → matching, ranking, filters and facets over the
 * process's memory index of results (engine.ts: the one score and order) → the page's documents
 * explained, "why it matched" (ranking.ts) → display rows and snippets (snippet.ts).
 * A search with no results is recorded anonymously before the response is returned (by the
 * port's answer listener, index.ts: insight's demand log).
 */
import { localized } from '../../domain/localized';
import { rigaMoment } from '../../domain/riga-time';
import { foldText } from '../../text/fold';
import type { AppliedPlace, Facets, MatchKind, ResultGroup, ResultType, SearchParams, SearchResponse } from '../../contracts/search/types';
import type { Db } from '../db/types';
import { namedCategories } from './categories';
import { buildFacets, RADIUS_STEPS } from './facets';
import { openMinute } from './hours';
import { inOrder, pageHits } from './page-hits';
import { nearbyOutside, wordsFoundAnywhere } from './nearby';
import type { MissInput } from './misses-repository';
import { appliedPlace, baseRankQuery, missFilters, missMunicipality, planQuery, resolveFilters, widenWithTypos, withoutWords } from './query-plan';
import { evaluate, type RankQuery } from './engine';
import { cacheOf, type GenerationLru } from './generation-lru';
import type { MemoryIndex } from './memory-index';
import { config } from '../config/env';
import { freshIndex, loadedIndex } from './freshness';
import { indexState } from './results-repository';
import { documentKinds, RESULT_ORDER } from './document-kinds';
import { searchReference } from './reference';
import type { AnswerListener } from './port';

export { parseSearchParams, defaultParams, normalizeQueryText } from './params';
export type { SearchParams, SearchResponse, SuggestResponse, ParseResult, ParamError } from '../../contracts/search/types';
export { suggest } from './suggest';
export { resultUrl } from './hits';
export { withoutWords } from './query-plan';
export { searchPage, type SearchPageData, type NearPlaceGroup } from './search-page';

/** Results per page with one type selected (per group on the combined page: each document kind's groupSize). */
export const PAGE_SIZE = 20;
const groupSizes = (): Record<ResultType, number> => Object.fromEntries(documentKinds().map((k) => [k.type, k.groupSize])) as Record<ResultType, number>;
/** Fewer results than this: also try typo corrections of known words (the slow path). */
const FEW = 3;

export type SearchOptions = {
	now?: Date;
	/**
	 * A window of the ranked results instead of the page's groups (the API's page and per_page):
	 * with one type, that type's results; otherwise every type in one ranked list (`response.window`).
	 */
	window?: { offset: number; limit: number };
	/** Told every answer, cached or not (the port wires the unmet-demand log here: issue 20). */
	onAnswer?: AnswerListener;
};

function hasAnyFilter(p: SearchParams): boolean {
	return !!(p.types.length || p.categories.length || p.kinds.length || p.labels.length || p.regions.length || p.municipalities.length || p.openNow || p.near || p.nearPlace);
}

type Computed = { response: SearchResponse; miss: MissInput | null };

/**
 * Answers per search-index generation (generation-lru.ts, decision 005): the same parameters,
 * language and minute give the same response until the data changes. A search with no results is
 * still logged every time.
 */
const answers = new WeakMap<Db, GenerationLru<Promise<Computed>>>();

/** The search ran on an index that was no longer the database's: it is done again on the fresh one. */
const STALE = Symbol('stale index');

/**
 * The search. `options.now` fixes the clock (open now, the miss log's day) for tests. The index's
 * generation is asked for first; while the database answers, the search ranks on the index this
 * process already has, and keeps that answer only when the generation read is the index's — the
 * same promise as checking first (a change committed before the search started is never missed),
 * without waiting a round trip before the ranking (issue 14: the check was p95 1.2–1.7 ms).
 */
export async function search(db: Db, params: SearchParams, locale: string, options: SearchOptions = {}): Promise<SearchResponse> {
	const started = performance.now();
	const now = options.now ?? new Date();
	const state = indexState(db);
	const window = options.window ?? null;
	const key = JSON.stringify([params, locale, Math.floor(now.getTime() / 60_000), window]);
	let computed = false;
	const answer = (ix: MemoryIndex, current: Promise<boolean> | null) =>
		cacheOf(answers, db).getAsync(ix.generation, key, config().SEARCH_CACHE_ENTRIES, () => {
			computed = true;
			return computeSearch(db, ix, params, locale, now, window, current);
		});
	let result: Computed | null = null;
	const loaded = loadedIndex(db);
	if (loaded) {
		// the generation it has now: a catch-up by another search may move the same index on meanwhile
		const generation = loaded.generation;
		const current = state.then((s) => s.generation === generation);
		// awaited below unless the search failed before (its own error is the one thrown)
		current.catch(() => undefined);
		result = await answer(loaded, current).catch((e: unknown) => {
			if (e === STALE) return null;
			throw e;
		});
		// an answer kept earlier is only as current as its generation
		if (result && !(await current)) result = null;
	}
	if (!result) {
		computed = false;
		result = await answer(await freshIndex(db, state), null);
	}
	const { response } = result;
	// every search with few or no results feeds the unmet-demand log (issue 20), cached or not
	await options.onAnswer?.(db, response, now);
	return { ...response, tookMs: Math.round(performance.now() - started), fromCache: !computed };
}

/** `current`: whether `ix` is still the database's generation (null: it is); the page's documents wait for it. */
async function computeSearch(
	db: Db,
	ix: MemoryIndex,
	params: SearchParams,
	locale: string,
	now: Date,
	window: SearchOptions['window'] | null,
	current: Promise<boolean> | null
): Promise<Computed> {
	const ref = await searchReference(db);
	const { filter, ignored, origin } = resolveFilters(ref, params, locale);
	// values that name nothing are left out of the parameters the page builds its links from
	const dropped = (param: string) => (v: string) => !ignored.some((x) => x.param === param && x.value === v);
	params = {
		...params,
		categories: params.categories.filter(dropped('category')),
		labels: params.labels.filter(dropped('label')),
		regions: params.regions.filter(dropped('region')),
		municipalities: params.municipalities.filter(dropped('municipality')),
		nearPlace: params.nearPlace && dropped('near_place')(params.nearPlace) ? params.nearPlace : null,
		sort: params.sort === 'distance' && !origin ? 'relevance' : params.sort,
		radiusKm: origin ? params.radiusKm : null
	};
	const emptyFacets: Facets = { type: [], category: [], kind: [], label: [], region: [], municipality: [], openNow: 0, radius: [] };
	const base = {
		params,
		normalizedQuery: foldText(params.q),
		ignored,
		origin,
		pagination: null
	};

	if (!params.q && !hasAnyFilter(params)) {
		const response: SearchResponse = {
			...base,
			textWords: [],
			places: [],
			ambiguousPlaces: [],
			categories: [],
			corrections: [],
			groups: [],
			total: 0,
			facets: emptyFacets,
			window: window ? [] : null,
			nearby: null,
			wordsFound: true,
			loggedMiss: false,
			tookMs: 0
		};
		return { response, miss: null };
	}

	const plan = planQuery(ix, ref, params, locale);
	const minute = openMinute(now);

	// "%" or "t": typed, but nothing to search for, and no filter to browse by
	const nothing = plan.textWords.length === 0 && plan.places.length === 0 && !hasAnyFilter(params);
	const unsatisfiable = () => nothing || plan.textWords.some((w) => w.variants.length === 0 && w.categoryIds.length === 0);
	const single = params.types.length === 1 ? params.types[0] : null;
	const sort = params.sort === 'distance' && origin ? 'distance' : params.sort;
	const query = (page: number): RankQuery => ({
		...baseRankQuery(plan, { filter, origin, radiusKm: params.radiusKm, minute, sort }),
		single: single ? (window ? { type: single, ...window } : { type: single, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }) : null,
		merged: window && !single ? window : null,
		groupSize: groupSizes(),
		radiusSteps: origin ? RADIUS_STEPS : []
	});
	const run = () => (unsatisfiable() ? null : evaluate(ix, query(params.page)));
	let ranked = run();
	// the slow path: only when the words themselves found few results (not when filters narrowed them)
	if (!nothing && (ranked?.matched ?? 0) < FEW && plan.textWords.length && widenWithTypos(ix, plan)) ranked = run();
	let pagination: SearchResponse['pagination'] = null;
	if (window) {
		// the caller's window: a page past the end is empty (the API's rule), not the last page
		const of = ranked ? (single ? (ranked.totals.get(single) ?? 0) : [...ranked.totals.values()].reduce((a, b) => a + b, 0)) : 0;
		pagination = { page: Math.floor(window.offset / window.limit) + 1, pages: Math.max(1, Math.ceil(of / window.limit)), perPage: window.limit };
	} else if (ranked && single) {
		const pages = Math.max(1, Math.ceil((ranked.totals.get(single) ?? 0) / PAGE_SIZE));
		const page = Math.min(params.page, pages);
		// a page past the end shows the last one
		if (page !== params.page) ranked = evaluate(ix, query(page));
		pagination = { page, pages, perPage: PAGE_SIZE };
	} else if (single) pagination = { page: 1, pages: 1, perPage: PAGE_SIZE };
	const facets = ranked ? buildFacets(ref, ranked.facets, params, locale, origin !== null) : emptyFacets;
	// ranked on an index the database has moved past: no documents read for it
	if (current && !(await current)) throw STALE;

	// the page's results scored again in JavaScript: their documents, best match per word, snippets
	const pageIds = ranked?.page ?? [];
	const hits = await pageHits(db, ref, { plan, ids: pageIds, origin, locale, now });
	const groups: ResultGroup[] = RESULT_ORDER.filter((t) => !single || t === single)
		.map((t) => ({ type: t, total: ranked?.totals.get(t) ?? 0, hits: window && !single ? [] : inOrder(pageIds.filter((x) => x.type === t), hits) }))
		.filter((g) => g.total > 0 || single !== null);
	const total = [...(ranked?.totals.values() ?? [])].reduce((a, b) => a + b, 0);
	// nothing in the place: the nearest outside it; and no spelling advice when the words were found
	const named = plan.places.find((p) => p.territory.lat !== null && p.territory.lng !== null);
	const nearby =
		ranked && total === 0 && named && !origin
			? await nearbyOutside(db, ix, ref, {
					plan,
					query: query(1),
					centre: { lat: named.territory.lat!, lng: named.territory.lng! },
					placeName: localized(named.territory.name, locale),
					placeSlug: named.territory.slug,
					queryWithout: withoutWords(params.q, named.wordIndexes.map((i) => plan.words[i])),
					locale,
					now
				})
			: null;
	const wordsFound = total > 0 || nearby !== null || (ranked !== null && (ranked.matched > 0 || wordsFoundAnywhere(ix, query(1))));

	const places: AppliedPlace[] = plan.places.map((p) => appliedPlace(p, params.q, plan.words, ref, locale, ranked?.namedOutside ?? 0));
	const categories = namedCategories(
		ref.categoryIndex,
		plan.textWords.map((w) => w.word.stem)
	).map((c) => ({ slug: c.slug, name: localized(c.name, locale) }));

	const miss =
		total === 0 ? { query: foldText(params.q), filters: missFilters(params, plan), municipalityId: missMunicipality(ref, params, plan), day: rigaMoment(now).date } : null;
	const response: SearchResponse = {
		...base,
		pagination,
		textWords: plan.textWords.map((w) => w.word.text),
		places,
		ambiguousPlaces: plan.ambiguous,
		categories,
		corrections: plan.corrections,
		groups,
		total,
		facets,
		window: window ? inOrder(pageIds, hits) : null,
		nearby,
		wordsFound,
		loggedMiss: miss !== null,
		tookMs: 0
	};
	return { response, miss };
}

export type { MatchKind };
