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
 * process's memory index of results (engine.ts) → the page's documents scored again for "why it
 * matched" (ranking.ts) → display rows and snippets (snippet.ts).
 * A search with no results is recorded anonymously before the response is returned.
 */
import { localized } from '$lib/domain/localized';
import { rigaMoment } from '$lib/domain/riga-time';
import { foldText } from '$lib/text/fold';
import type { AppliedPlace, Facets, MatchKind, ParamError, ResultGroup, ResultType, SearchParams, SearchResponse } from '$lib/components/search/types';
import { RESULT_TYPES } from '$lib/components/search/types';
import type { Db } from '$lib/server/db/types';
import type { CategoryNode } from '$lib/components/producers/types';
import { popularCategories } from '$lib/server/producers/queries';
import { sortLatvian } from '$lib/text/collation';
import { namedCategories } from './categories';
import { pageDocuments } from './documents-repository';
import { buildFacets, RADIUS_STEPS } from './facets';
import { openMinute } from './hours';
import { toHits } from './hits';
import { insertMiss, type MissInput } from './misses-repository';
import { parseSearchParams } from './params';
import { appliedPlace, missFilters, missMunicipality, planQuery, resolveFilters, widenWithTypos } from './query-plan';
import { rankResults, type Result } from './ranking';
import { evaluate, type RankQuery } from './engine';
import { cacheOf, type GenerationLru } from './generation-lru';
import type { MemoryIndex } from './memory-index';
import { config } from '$lib/server/config/env';
import { freshIndex } from './freshness';
import { searchReference } from './reference';
import type { HighlightTerms } from './snippet';

export { parseSearchParams, defaultParams, normalizeQueryText } from './params';
export type { SearchParams, SearchResponse, SuggestResponse, ParseResult, ParamError } from '$lib/components/search/types';
export { suggest } from './suggest';
export { resultUrl } from './hits';
export { withoutWords } from './query-plan';

/** Results per group on the combined page, and per page with one type selected. */
export const GROUP_SIZE: Record<ResultType, number> = { producer: 12, sales_point: 6, organisation: 4, place: 4 };
export const PAGE_SIZE = 20;
/** Fewer results than this: also try typo corrections of known words (the slow path). */
const FEW = 3;

export type SearchOptions = { now?: Date };

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

/** The search. `options.now` fixes the clock (open now, the miss log's day) for tests. */
export async function search(db: Db, params: SearchParams, locale: string, options: SearchOptions = {}): Promise<SearchResponse> {
	const started = performance.now();
	const now = options.now ?? new Date();
	const ix = await freshIndex(db);
	const key = JSON.stringify([params, locale, Math.floor(now.getTime() / 60_000)]);
	const { response, miss } = await cacheOf(answers, db).getAsync(ix.generation, key, config().SEARCH_CACHE_ENTRIES, () => computeSearch(db, ix, params, locale, now));
	if (miss) await insertMiss(db, miss);
	return { ...response, tookMs: Math.round(performance.now() - started) };
}

async function computeSearch(db: Db, ix: MemoryIndex, params: SearchParams, locale: string, now: Date): Promise<Computed> {
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
			loggedMiss: false,
			tookMs: 0
		};
		return { response, miss: null };
	}

	const plan = planQuery(ix, ref, params, locale);
	const area = plan.places.length
		? {
				municipalityIds: [...new Set(plan.places.flatMap((p) => (p.area.municipalityId !== null ? [p.area.municipalityId] : [])))],
				regionIds: [...new Set(plan.places.flatMap((p) => (p.area.municipalityId === null && p.area.regionId !== null ? [p.area.regionId] : [])))]
			}
		: null;
	const minute = openMinute(now);
	const placeTie = plan.places.length === 1 && plan.places[0].territory.lat !== null ? { lat: plan.places[0].territory.lat!, lng: plan.places[0].territory.lng! } : null;

	// "%" or "t": typed, but nothing to search for, and no filter to browse by
	const nothing = plan.textWords.length === 0 && plan.places.length === 0 && !hasAnyFilter(params);
	const unsatisfiable = () => nothing || plan.textWords.some((w) => w.variants.length === 0 && w.categoryIds.length === 0);
	const single = params.types.length === 1 ? params.types[0] : null;
	const sort = params.sort === 'distance' && origin ? 'distance' : params.sort;
	const query = (page: number): RankQuery => ({
		words: plan.textWords,
		area,
		origin,
		radiusKm: origin ? params.radiusKm : null,
		minute,
		placeStems: plan.places.flatMap((p) => p.stems),
		placeLocalityIds: plan.places.flatMap((p) => p.localityIds),
		stopWords: plan.stopWords,
		tieOrigin: placeTie,
		filter,
		sort,
		single: single ? { type: single, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } : null,
		groupSize: GROUP_SIZE,
		radiusSteps: origin ? RADIUS_STEPS : []
	});
	const run = () => (unsatisfiable() ? null : evaluate(ix, query(params.page)));
	let ranked = run();
	// the slow path: only when the words themselves found few results (not when filters narrowed them)
	if (!nothing && (ranked?.matched ?? 0) < FEW && plan.textWords.length && widenWithTypos(ix, plan)) ranked = run();
	let pagination: SearchResponse['pagination'] = null;
	if (ranked && single) {
		const pages = Math.max(1, Math.ceil((ranked.totals.get(single) ?? 0) / PAGE_SIZE));
		const page = Math.min(params.page, pages);
		// a page past the end shows the last one
		if (page !== params.page) ranked = evaluate(ix, query(page));
		pagination = { page, pages, perPage: PAGE_SIZE };
	} else if (single) pagination = { page: 1, pages: 1, perPage: PAGE_SIZE };
	const facets = ranked ? buildFacets(ref, ranked.facets, params, locale, origin !== null) : emptyFacets;

	// the page's results scored again in JavaScript: their documents, best match per word, snippets
	const pageIds = ranked?.page ?? [];
	const rows = await pageDocuments(db, {
		words: plan.textWords.map((w) => ({ variants: w.variants, categoryIds: w.categoryIds })),
		minute,
		resultIds: pageIds.map((p) => p.id)
	});
	const scored = new Map(
		rankResults(rows, {
			words: plan.textWords,
			placeStems: plan.places.flatMap((p) => p.stems),
			placeLocalityIds: plan.places.flatMap((p) => p.localityIds),
			stopWords: plan.stopWords,
			origin,
			tieOrigin: placeTie
		}).map((r) => [`${r.type}:${r.id}`, r])
	);
	const shown = new Map<ResultType, Result[]>(RESULT_TYPES.map((t) => [t, []]));
	for (const p of pageIds) {
		const r = scored.get(`${p.type}:${p.id}`);
		if (r) shown.get(p.type)!.push(r);
	}

	const terms: HighlightTerms = {
		stems: new Set([...plan.textWords.flatMap((w) => w.variants.filter((v) => !v.prefix).map((v) => v.stem)), ...plan.places.flatMap((p) => p.stems)]),
		prefixes: plan.textWords.flatMap((w) => w.variants.filter((v) => v.prefix).map((v) => v.folded))
	};
	const hitsByType = toHits(ref, [...shown.values()].flat(), plan, terms, locale, now);
	const groups: ResultGroup[] = RESULT_TYPES.filter((t) => !single || t === single)
		.map((t) => ({ type: t, total: ranked?.totals.get(t) ?? 0, hits: (shown.get(t) ?? []).map((r) => hitsByType.get(r.id)!).filter(Boolean) }))
		.filter((g) => g.total > 0 || single !== null);
	const total = [...(ranked?.totals.values() ?? [])].reduce((a, b) => a + b, 0);

	const places: AppliedPlace[] = plan.places.map((p) => appliedPlace(p, params.q, plan.words, ref, locale));
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
		loggedMiss: miss !== null,
		tookMs: 0
	};
	return { response, miss };
}

/* ---------------------------------------------------------------- the page */

export type NearPlaceGroup = { label: string; options: { value: string; label: string }[] };

export type SearchPageData = {
	response: SearchResponse;
	/** URL parameters that were not valid and were left out (the page shows a notice). */
	errors: ParamError[];
	/** Municipalities by planning region, for "distance from" without JavaScript. */
	nearPlaces: NearPlaceGroup[];
	/** For the empty state. */
	popular: CategoryNode[];
};

/** /[lang]/meklet: parse (bad parameters are reported and ignored), search, and the page's lists. */
export async function searchPage(db: Db, url: URLSearchParams, locale: string, options: SearchOptions = {}): Promise<SearchPageData> {
	const parsed = parseSearchParams(url);
	const response = await search(db, parsed.params, locale, options);
	const ref = await searchReference(db);
	const all = [...ref.territories.values()];
	const nearPlaces = sortLatvian(
		all.filter((t) => t.kind === 'planning_region'),
		(t) => localized(t.name, locale)
	).map((r) => ({
		label: localized(r.name, locale),
		options: sortLatvian(
			all.filter((t) => t.kind === 'municipality' && t.parentId === r.id),
			(t) => localized(t.name, locale)
		).map((t) => ({ value: t.slug, label: localized(t.name, locale) }))
	}));
	return {
		response,
		errors: parsed.ok ? [] : parsed.errors,
		nearPlaces,
		popular: response.total === 0 ? await popularCategories(db, locale) : []
	};
}

export type { MatchKind };
