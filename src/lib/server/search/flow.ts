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
 * (categories.ts, typos.ts, search_terms) → matching documents (documents-repository.ts) →
 * ranking, facets and filters in memory (ranking.ts) → display rows and snippets (snippet.ts).
 * A search with no results is recorded anonymously before the response is returned.
 */
import { localized, localizedLang } from '$lib/domain/localized';
import { openStatus } from '$lib/domain/opening-hours';
import { rigaMoment } from '$lib/domain/riga-time';
import type { LocalizedText } from '$lib/domain/types';
import { foldText } from '$lib/text/fold';
import { searchUrl } from '$lib/components/search/url';
import type {
	ParamError,
	AppliedPlace,
	FacetValue,
	Facets,
	MatchKind,
	ResultGroup,
	ResultType,
	SearchHit,
	SearchParams,
	SearchResponse,
	SearchSnippet,
	SnippetField,
	SuggestResponse,
	Suggestion
} from '$lib/components/search/types';
import { RESULT_TYPES } from '$lib/components/search/types';
import type { Db } from '$lib/server/db/types';
import type { CategoryNode } from '$lib/components/producers/types';
import { popularCategories } from '$lib/server/producers/queries';
import { sortLatvian } from '$lib/text/collation';
import { categoriesForStem, namedCategories } from './categories';
import { displayRows, matchDocuments, suggestNames, type DisplayRow } from './documents-repository';
import { minuteOfWeek } from './hours';
import { insertMiss } from './misses-repository';
import { normalizeQueryText, parseSearchParams } from './params';
import { detectPlaces, areaOf, type PlaceMatch } from './places';
import { facetCounts, passes, rankResults, sortResults, type FacetFilter, type PlannedVariant, type PlannedWord, type Result } from './ranking';
import { searchReference, type SearchReference } from './reference';
import { makeSnippet, snippetHtml, type HighlightTerms } from './snippet';
import { hasStemWithPrefix, knownStems, similarTerms } from './terms-repository';
import { pickCorrections } from './typos';
import { splitWords, STOP_WORDS, type Word } from './words';

export { parseSearchParams, defaultParams, normalizeQueryText } from './params';
export type { SearchParams, SearchResponse, SuggestResponse, ParseResult, ParamError } from '$lib/components/search/types';

/** Matched documents considered for ranking and facets (facet counts are exact below this). */
const CAP = 5000;
/** Results per group on the combined page, and per page with one type selected. */
export const GROUP_SIZE: Record<ResultType, number> = { producer: 12, sales_point: 6, organisation: 4, place: 4 };
export const PAGE_SIZE = 20;
/** Fewer results than this: also try typo corrections of known words (the slow path). */
const FEW = 3;
const RADIUS_STEPS = [5, 10, 25, 50, 100];

export type SearchOptions = { now?: Date };

type Plan = {
	words: Word[];
	textWords: PlannedWord[];
	stopWords: string[];
	places: PlaceMatch[];
	ambiguous: SearchResponse['ambiguousPlaces'];
	corrections: { from: string; to: string[] }[];
};

/** Text words: stems, category ids, prefix variant for a word still being typed, typo corrections for unknown words. */
async function planQuery(db: Db, ref: SearchReference, params: SearchParams, locale: string): Promise<Plan> {
	const words = splitWords(params.q);
	const detection = params.placeWords ? detectPlaces(words, ref.places) : { places: [], ambiguous: [] };
	const used = new Set(detection.places.flatMap((p) => p.wordIndexes));
	const rest = words.map((w, i) => ({ w, i })).filter((x) => !used.has(x.i));
	const meaningful = rest.filter((x) => !STOP_WORDS.has(x.w.folded));
	// a query of stop words only ("in") is searched as it is
	const text = meaningful.length ? meaningful : detection.places.length ? [] : rest;
	const stopWords = rest.filter((x) => !text.includes(x)).map((x) => x.w.folded);

	const known = await knownStems(db, text.map((x) => x.w.stem));
	const lastIndex = words.length - 1;
	const corrections: Plan['corrections'] = [];
	const planned: PlannedWord[] = [];
	for (const { w, i } of text) {
		const variants: PlannedVariant[] = [];
		const categoryIds = categoriesForStem(ref.categoryIndex, w.stem);
		if (known.has(w.stem)) variants.push({ stem: w.stem, prefix: false, tier: 'stem', folded: w.folded });
		else if (i === lastIndex && [...w.folded].length >= 3 && (await hasStemWithPrefix(db, w.stem))) {
			variants.push({ stem: w.stem, prefix: true, tier: 'prefix', folded: w.folded });
		}
		if (variants.length === 0 && categoryIds.length === 0) {
			const fixes = pickCorrections(w.folded, await similarTerms(db, w.folded));
			for (const c of fixes) variants.push({ stem: c.stem, prefix: false, tier: 'typo', folded: c.term });
			if (fixes.length) corrections.push({ from: w.text, to: fixes.map((c) => c.term) });
		}
		planned.push({ word: w, variants, categoryIds });
	}
	return {
		words,
		textWords: planned,
		stopWords,
		places: detection.places,
		ambiguous: detection.ambiguous.map((a) => ({
			word: words[a.wordIndex].text,
			queryWithout: withoutWords(params.q, [words[a.wordIndex]]),
			options: a.areas.map((t) => ({ param: t.kind === 'planning_region' ? ('region' as const) : ('municipality' as const), slug: t.slug, name: localized(t.name, locale) }))
		})),
		corrections
	};
}

/** Adds typo corrections to known words too (when exact and stemmed hits are few). */
async function widenWithTypos(db: Db, plan: Plan): Promise<boolean> {
	let widened = false;
	for (const pw of plan.textWords) {
		if (pw.variants.some((v) => v.tier === 'typo')) continue;
		const fixes = pickCorrections(pw.word.folded, await similarTerms(db, pw.word.folded)).filter((c) => !pw.variants.some((v) => v.stem === c.stem));
		if (fixes.length === 0) continue;
		// added quietly: the word itself was found, the corrections only add lower-ranked hits
		pw.variants.push(...fixes.map((c) => ({ stem: c.stem, prefix: false, tier: 'typo' as const, folded: c.term })));
		widened = true;
	}
	return widened;
}

type Resolved = {
	filter: FacetFilter;
	ignored: { param: string; value: string }[];
	origin: { lat: number; lng: number; label: string | null } | null;
};

/** Slugs → ids; unknown slugs are reported and ignored. */
function resolveFilters(ref: SearchReference, params: SearchParams, locale: string): Resolved {
	const ignored: Resolved['ignored'] = [];
	const ids = <T extends { slug: string }>(param: string, values: readonly string[], find: (slug: string) => T[] | undefined, toIds: (x: T[]) => number[]) => {
		if (values.length === 0) return null;
		const out: number[] = [];
		for (const v of values) {
			const found = find(v);
			if (found?.length) out.push(...toIds(found));
			else ignored.push({ param, value: v });
		}
		return out.length ? [...new Set(out)] : null;
	};
	const cats = ref.categories;
	const categoryIds = ids(
		'category',
		params.categories,
		(slug) => cats.filter((c) => c.slug === slug),
		(found) => found.flatMap((c) => [c.id, ...cats.filter((x) => x.parentId === c.id).map((x) => x.id)])
	);
	const labelIds = ids('label', params.labels, (slug) => ref.labels.filter((l) => l.slug === slug), (f) => f.map((l) => l.id));
	const territories = [...ref.territories.values()];
	const regionIds = ids('region', params.regions, (slug) => territories.filter((t) => t.kind === 'planning_region' && t.slug === slug), (f) => f.map((t) => t.id));
	const municipalityIds = ids('municipality', params.municipalities, (slug) => territories.filter((t) => t.kind === 'municipality' && t.slug === slug), (f) => f.map((t) => t.id));

	let origin: Resolved['origin'] = params.near ? { ...params.near, label: null } : null;
	if (!origin && params.nearPlace) {
		const t =
			territories.find((x) => x.kind === 'municipality' && x.slug === params.nearPlace) ??
			territories.find((x) => x.kind === 'town' && x.slug === params.nearPlace);
		if (t && t.lat !== null && t.lng !== null) origin = { lat: t.lat, lng: t.lng, label: localized(t.name, locale) };
		else ignored.push({ param: 'near_place', value: params.nearPlace });
	}
	return {
		filter: { types: params.types, categoryIds, kinds: params.kinds, labelIds, regionIds, municipalityIds, openNow: params.openNow },
		ignored,
		origin
	};
}

function hasAnyFilter(p: SearchParams): boolean {
	return !!(p.types.length || p.categories.length || p.kinds.length || p.labels.length || p.regions.length || p.municipalities.length || p.openNow || p.near || p.nearPlace);
}

const URL_PART: Record<ResultType, string> = { producer: 'razotaji', sales_point: 'tirdzniecibas-vietas', organisation: 'organizacijas', place: 'vietas' };

export function resultUrl(locale: string, type: ResultType, slug: string): string {
	return `/${locale}/${URL_PART[type]}/${encodeURIComponent(slug)}`;
}

/** The search. `options.now` fixes the clock (open now, the miss log's day) for tests. */
export async function search(db: Db, params: SearchParams, locale: string, options: SearchOptions = {}): Promise<SearchResponse> {
	const started = performance.now();
	const now = options.now ?? new Date();
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
		return {
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
			tookMs: Math.round(performance.now() - started)
		};
	}

	const plan = await planQuery(db, ref, params, locale);
	const area = plan.places.length
		? {
				municipalityIds: [...new Set(plan.places.flatMap((p) => (p.area.municipalityId !== null ? [p.area.municipalityId] : [])))],
				regionIds: [...new Set(plan.places.flatMap((p) => (p.area.municipalityId === null && p.area.regionId !== null ? [p.area.regionId] : [])))]
			}
		: null;
	const minute = minuteOfWeek(now);
	const placeTie = plan.places.length === 1 && plan.places[0].territory.lat !== null ? { lat: plan.places[0].territory.lat!, lng: plan.places[0].territory.lng! } : null;

	const run = async () => {
		const rows = await matchDocuments(db, {
			words: plan.textWords.map((w) => ({ variants: w.variants, categoryIds: w.categoryIds })),
			area,
			origin,
			radiusKm: origin ? params.radiusKm : null,
			minute,
			order: params.sort === 'distance' && origin ? 'distance' : params.sort,
			cap: CAP
		});
		const ranked = rankResults(rows, {
			words: plan.textWords,
			placeStems: plan.places.flatMap((p) => p.stems),
			placeLocalityIds: plan.places.flatMap((p) => p.localityIds),
			stopWords: plan.stopWords,
			origin,
			tieOrigin: placeTie
		});
		return ranked.filter((r) => r.complete || plan.textWords.length === 0);
	};
	// "%" or "t": typed, but nothing to search for, and no filter to browse by
	const nothing = plan.textWords.length === 0 && plan.places.length === 0 && !hasAnyFilter(params);
	const unsatisfiable = nothing || plan.textWords.some((w) => w.variants.length === 0 && w.categoryIds.length === 0);
	let results: Result[] = unsatisfiable ? [] : await run();
	let filtered = results.filter((r) => passes(r, filter));
	// the slow path: only when the words themselves found few results (not when filters narrowed them)
	if (!nothing && results.length < FEW && plan.textWords.length && (await widenWithTypos(db, plan))) {
		if (!plan.textWords.some((w) => w.variants.length === 0 && w.categoryIds.length === 0)) {
			results = await run();
			filtered = results.filter((r) => passes(r, filter));
		}
	}

	const sorted = sortResults(filtered, params.sort === 'distance' && origin ? 'distance' : params.sort, placeTie);
	const facets = buildFacets(ref, results, filter, params, locale, origin !== null);

	// one type selected: its pages; otherwise the best few of each type
	const single = params.types.length === 1 ? params.types[0] : null;
	const byType = new Map<ResultType, Result[]>(RESULT_TYPES.map((t) => [t, sorted.filter((r) => r.type === t)]));
	let pagination: SearchResponse['pagination'] = null;
	const shown = new Map<ResultType, Result[]>();
	for (const t of RESULT_TYPES) {
		const list = byType.get(t)!;
		if (single) {
			if (t !== single) continue;
			const pages = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
			const page = Math.min(params.page, pages);
			pagination = { page, pages, perPage: PAGE_SIZE };
			shown.set(t, list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE));
		} else {
			shown.set(t, list.slice(0, GROUP_SIZE[t]));
		}
	}

	const terms: HighlightTerms = {
		stems: new Set([...plan.textWords.flatMap((w) => w.variants.filter((v) => !v.prefix).map((v) => v.stem)), ...plan.places.flatMap((p) => p.stems)]),
		prefixes: plan.textWords.flatMap((w) => w.variants.filter((v) => v.prefix).map((v) => v.folded))
	};
	const hitsByType = await toHits(db, ref, [...shown.values()].flat(), plan, terms, locale, now);
	const groups: ResultGroup[] = RESULT_TYPES.filter((t) => !single || t === single)
		.map((t) => ({ type: t, total: byType.get(t)!.length, hits: (shown.get(t) ?? []).map((r) => hitsByType.get(r.id)!).filter(Boolean) }))
		.filter((g) => g.total > 0 || single !== null);
	const total = filtered.length;

	const places: AppliedPlace[] = plan.places.map((p) => appliedPlace(p, params.q, plan.words, ref, locale));
	const categories = namedCategories(
		ref.categoryIndex,
		plan.textWords.map((w) => w.word.stem)
	).map((c) => ({ slug: c.slug, name: localized(c.name, locale) }));

	let loggedMiss = false;
	if (total === 0) {
		await insertMiss(db, {
			query: foldText(params.q),
			filters: missFilters(params, plan),
			municipalityId: missMunicipality(ref, params, plan),
			day: rigaMoment(now).date
		});
		loggedMiss = true;
	}

	return {
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
		loggedMiss,
		tookMs: Math.round(performance.now() - started)
	};
}

/** Filters as the miss log keeps them: no coordinates (a "near me" point is where someone is). */
function missFilters(p: SearchParams, plan: Plan): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	if (p.types.length) out.type = p.types;
	if (p.categories.length) out.category = p.categories;
	if (p.kinds.length) out.kind = p.kinds;
	if (p.labels.length) out.label = p.labels;
	if (p.regions.length) out.region = p.regions;
	if (p.municipalities.length) out.municipality = p.municipalities;
	if (p.openNow) out.open = true;
	if (p.near) out.near = 'point';
	if (p.nearPlace) out.near_place = p.nearPlace;
	if (p.radiusKm !== null) out.radius = p.radiusKm;
	if (plan.places.length) out.place = plan.places.map((x) => x.territory.slug);
	return out;
}

function missMunicipality(ref: SearchReference, p: SearchParams, plan: Plan): number | null {
	const fromPlace = plan.places.find((x) => x.area.municipalityId !== null)?.area.municipalityId;
	if (fromPlace) return fromPlace;
	if (p.municipalities.length === 1) {
		const t = [...ref.territories.values()].find((x) => x.kind === 'municipality' && x.slug === p.municipalities[0]);
		if (t) return t.id;
	}
	if (p.nearPlace) {
		const t = [...ref.territories.values()].find((x) => (x.kind === 'municipality' || x.kind === 'town') && x.slug === p.nearPlace);
		if (t) return areaOf(t, ref.territories)?.municipalityId ?? null;
	}
	return null;
}

function appliedPlace(p: PlaceMatch, q: string, words: readonly Word[], ref: SearchReference, locale: string): AppliedPlace {
	const areaT = p.area.municipalityId !== null ? ref.territories.get(p.area.municipalityId) : p.area.regionId !== null ? ref.territories.get(p.area.regionId) : undefined;
	return {
		words: p.wordIndexes.map((i) => words[i].text).join(' '),
		name: localized(p.territory.name, locale),
		kind: p.territory.kind,
		slug: p.territory.slug,
		areaName: areaT ? localized(areaT.name, locale) : '',
		queryWithout: withoutWords(q, p.wordIndexes.map((i) => words[i]))
	};
}

/** The typed query with some words cut out (by their offsets), spaces tidied. */
export function withoutWords(q: string, remove: readonly Pick<Word, 'start' | 'end'>[]): string {
	const text = q.normalize('NFC');
	let out = '';
	let pos = 0;
	for (const w of [...remove].sort((a, b) => a.start - b.start)) {
		out += text.slice(pos, w.start);
		pos = w.end;
	}
	out += text.slice(pos);
	return out.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').replace(/^[\s,.;:]+|[\s,;:]+$/g, '').trim();
}

function buildFacets(ref: SearchReference, results: readonly Result[], f: FacetFilter, p: SearchParams, locale: string, hasOrigin: boolean): Facets {
	const value = (v: string, label: string, count: number, selected: boolean): FacetValue => ({ value: v, label, count, selected });
	const sortValues = (xs: FacetValue[]) => xs.sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label, 'lv'));

	const types = facetCounts(results, f, 'type');
	const kinds = facetCounts(results, f, 'kind');
	const cats = facetCounts(results, f, 'category');
	const labels = facetCounts(results, f, 'label');
	const regions = facetCounts(results, f, 'region');
	const muns = facetCounts(results, f, 'municipality');
	const territoryName = (id: string) => {
		const t = ref.territories.get(Number(id));
		return t ? { slug: t.slug, name: localized(t.name, locale), kind: t.kind } : null;
	};
	const facetOfTerritories = (counts: Map<string, number>, kind: string, selected: readonly string[]) =>
		sortValues(
			[...counts].flatMap(([id, n]) => {
				const t = territoryName(id);
				return t && t.kind === kind ? [value(t.slug, t.name, n, selected.includes(t.slug))] : [];
			})
		);
	const openCount = results.filter((r) => passes(r, f, 'open') && r.open).length;
	const radius = hasOrigin
		? RADIUS_STEPS.map((km) => value(String(km), `${km}`, results.filter((r) => passes(r, f) && r.distanceKm !== null && r.distanceKm <= km).length, p.radiusKm === km))
		: [];
	return {
		type: RESULT_TYPES.map((t) => value(t, t, types.get(t) ?? 0, p.types.includes(t))).filter((v) => v.count > 0 || v.selected),
		category: sortValues(
			ref.categories.flatMap((c) => {
				const n = cats.get(String(c.id)) ?? 0;
				const selected = p.categories.includes(c.slug);
				return n > 0 || selected ? [value(c.slug, localized(c.name, locale), n, selected)] : [];
			})
		),
		kind: sortValues([...kinds].map(([k, n]) => value(k, k, n, p.kinds.includes(k)))),
		label: sortValues(
			ref.labels.flatMap((l) => {
				const n = labels.get(String(l.id)) ?? 0;
				const selected = p.labels.includes(l.slug);
				return n > 0 || selected ? [value(l.slug, localized(l.name, locale), n, selected)] : [];
			})
		),
		region: facetOfTerritories(regions, 'planning_region', p.regions),
		municipality: facetOfTerritories(muns, 'municipality', p.municipalities),
		openNow: openCount,
		radius
	};
}

const MAX_PRODUCTS = 3;

/** Display data and "why it matched" for the results on the page. */
async function toHits(db: Db, ref: SearchReference, results: readonly Result[], plan: Plan, terms: HighlightTerms, locale: string, now: Date): Promise<Map<string, SearchHit>> {
	// the result's own document, and its best-matching documents (products)
	const keys = results.flatMap((r) => [
		{ entityType: r.type, entityId: r.id },
		...r.docs
			.filter((d) => d.entityType === 'product' && d.score > 0)
			.sort((a, b) => b.score - a.score)
			.slice(0, MAX_PRODUCTS)
			.map((d) => ({ entityType: d.entityType, entityId: d.entityId }))
	]);
	const rows = new Map((await displayRows(db, keys)).map((r) => [r.entityId, r]));
	const out = new Map<string, SearchHit>();
	for (const r of results) {
		const main = rows.get(r.id);
		if (!main) continue;
		const products = r.docs
			.filter((d) => d.entityType === 'product' && d.score > 0)
			.sort((a, b) => b.score - a.score)
			.slice(0, MAX_PRODUCTS)
			.flatMap((d) => rows.get(d.entityId) ?? []);
		const municipality = ref.territories.get(main.municipalityId);
		const locality = main.localityId !== null ? ref.territories.get(main.localityId) : undefined;
		const status = openStatus(main.hours ?? [], now);
		out.set(r.id, {
			type: r.type,
			id: r.id,
			slug: main.slug,
			name: localized(main.nameI18n, locale) || main.name,
			url: resultUrl(locale, r.type, main.slug),
			externalId: main.externalId,
			kind: main.kind,
			municipality: municipality ? localized(municipality.name, locale) : '',
			locality: locality ? localized(locality.name, locale) : null,
			point: main.lat !== null && main.lng !== null ? { lat: main.lat, lng: main.lng } : null,
			distanceKm: r.distanceKm === null ? null : Math.round(r.distanceKm * 10) / 10,
			openNow: status.state === 'unknown' ? null : status.state === 'open',
			isDemo: main.isDemo,
			match: r.match,
			score: r.score,
			snippet: snippetFor(r, main, products, plan, terms, ref, locale),
			products: products.map((p) => localized(p.nameI18n, locale))
		});
	}
	return out;
}

function snippet(field: SnippetField, text: string, terms: HighlightTerms, lang: string | null, max = 160): SearchSnippet {
	const s = makeSnippet(text, terms, max);
	return { field, text: s.text, ranges: s.ranges.map(([a, b]) => [a, b]), html: snippetHtml(s), lang };
}

/** The field that explains the match best: the name, a product, the description, a category, the place. */
function snippetFor(r: Result, main: DisplayRow, products: DisplayRow[], plan: Plan, terms: HighlightTerms, ref: SearchReference, locale: string): SearchSnippet | null {
	const hits = plan.textWords.map((_, wi) => (r.bestDocPerWord[wi] === -1 ? null : r.docs[r.bestDocPerWord[wi]].hits[wi]));
	const fields = hits.map((h) => h?.field ?? 'none');
	const bestDoc = (wi: number) => (r.bestDocPerWord[wi] === -1 ? null : r.docs[r.bestDocPerWord[wi]]);
	const mainName = localized(main.nameI18n, locale) || main.name;
	const nameHighlights = makeSnippet(mainName, terms).ranges.length;

	if (plan.textWords.length && fields.every((f) => f === 'name') && plan.textWords.every((_, wi) => bestDoc(wi)?.entityType !== 'product')) {
		return snippet('name', mainName, terms, null);
	}
	const productWord = plan.textWords.findIndex((_, wi) => fields[wi] === 'name' && bestDoc(wi)?.entityType === 'product');
	if (productWord !== -1 && products.length) {
		// each product in the page's language, or in the language its matching name is in ("honey")
		const names = products.map((p) => nameWithMatch(p.nameI18n, locale, terms));
		const lang = names[0].lang;
		return snippet('product', names.map((n) => n.text).join(' · '), terms, lang === locale ? null : lang);
	}
	if (fields.some((f) => f === 'body')) {
		const doc = plan.textWords.map((_, wi) => bestDoc(wi)).find((d, wi) => d && fields[wi] === 'body');
		const body = doc?.entityId === main.entityId ? main.body : (products.find((p) => p.entityId === doc?.entityId)?.body ?? main.body);
		const text = bodyWithMatch(body, locale, terms);
		if (text) return snippet('description', text.text, terms, text.lang === locale ? null : text.lang, 180);
	}
	if (fields.some((f) => f === 'category')) {
		const ids = new Set(plan.textWords.flatMap((w, wi) => (fields[wi] === 'category' ? w.categoryIds : [])));
		const names = ref.categories.filter((c) => ids.has(c.id) && r.categoryIds.has(c.id) && c.parentId !== null).map((c) => localized(c.name, locale));
		const shown = names.length ? names : ref.categories.filter((c) => ids.has(c.id) && r.categoryIds.has(c.id)).map((c) => localized(c.name, locale));
		if (shown.length) return snippet('category', shown.slice(0, 3).join(', '), terms, null);
	}
	if (plan.places.length) {
		const t = main.localityId !== null ? ref.territories.get(main.localityId) : undefined;
		const m = ref.territories.get(main.municipalityId);
		const text = [...new Set([t, m].filter(Boolean).map((x) => localized(x!.name, locale)))].join(', ');
		// only when the place words are in it ("Ozolnieku pagasts"): the location line shows the rest
		const s = snippet('place', text, terms, null);
		return s.ranges.length ? s : null;
	}
	return nameHighlights ? snippet('name', mainName, terms, null) : null;
}

/** A name in the page's language when it matches, else in the first language whose version matches. */
function nameWithMatch(name: LocalizedText, locale: string, terms: HighlightTerms): { text: string; lang: string } {
	const own = localized(name, locale);
	if (makeSnippet(own, terms).ranges.length) return { text: own, lang: localizedLang(name, locale) };
	for (const [lang, text] of Object.entries(name)) if (text && makeSnippet(text, terms).ranges.length) return { text, lang };
	return { text: own, lang: localizedLang(name, locale) };
}

/** The description in the page's language when it has a match, else the first language that has one. */
function bodyWithMatch(body: LocalizedText | null, locale: string, terms: HighlightTerms): { text: string; lang: string } | null {
	if (!body) return null;
	const entries = Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '');
	const ordered = [...entries.filter(([l]) => l === locale), ...entries.filter(([l]) => l !== locale)];
	for (const [lang, text] of ordered) if (makeSnippet(text, terms, 10_000).ranges.length) return { text, lang };
	return null;
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

/* ---------------------------------------------------------------- autocomplete */

const SUGGEST_NAMES = 6;
const SUGGEST_MAX = 10;

/** Autocomplete: names (prefix of the folded name, indexed), products, categories and places. */
export async function suggest(db: Db, rawQuery: string, locale: string): Promise<SuggestResponse> {
	const q = normalizeQueryText(rawQuery);
	const folded = foldText(q);
	if ([...folded].length < 2) return { q, suggestions: [] };
	const ref = await searchReference(db);
	const words = splitWords(q);
	const last = words.at(-1);
	const head = last ? q.slice(0, last.start).trim() : q;
	const withHead = (completion: string) => (head ? `${head} ${completion}` : completion);

	const rows = await suggestNames(db, folded, SUGGEST_NAMES);
	const out: Suggestion[] = [];
	const seen = new Set<string>();
	const push = (s: Suggestion) => {
		const key = `${s.type}:${foldText(s.label)}`;
		if (seen.has(key) || out.length >= SUGGEST_MAX) return;
		seen.add(key);
		out.push(s);
	};
	const municipalityName = (id: number) => {
		const t = ref.territories.get(id);
		return t ? localized(t.name, locale) : null;
	};
	let products = 0;
	let entities = 0;
	for (const r of rows) {
		if (r.entityType === 'product') {
			if (products >= 3) continue;
			products++;
			const label = localized(r.nameI18n, locale) || r.name;
			push({ type: 'product', label, detail: null, url: searchUrl(locale, { ...emptyParams(), q: label }) });
		} else {
			if (entities >= SUGGEST_NAMES) continue;
			entities++;
			push({ type: r.entityType as Suggestion['type'], label: r.name, detail: municipalityName(r.municipalityId), url: resultUrl(locale, r.resultType as ResultType, r.slug) });
		}
	}

	// categories and places complete the word being typed
	const lastFolded = last?.folded ?? folded;
	if ([...lastFolded].length >= 2) {
		for (const c of ref.categories) {
			const names = Object.values(c.name).filter((n): n is string => !!n);
			const hit = names.some((n) => splitWords(n).some((w) => w.folded.startsWith(lastFolded))) || c.keywords.split(/\s+/).some((k) => k.startsWith(lastFolded) && lastFolded.length >= 3);
			if (!hit) continue;
			push({ type: 'category', label: localized(c.name, locale), detail: null, url: searchUrl(locale, { ...emptyParams(), q: head, categories: [c.slug] }) });
		}
		const places = [...ref.territories.values()]
			.filter((t) => (t.kind === 'municipality' || t.kind === 'town') && foldText(localized(t.name, 'lv')).startsWith(lastFolded))
			.sort((a, b) => (a.kind === b.kind ? a.id - b.id : a.kind === 'town' ? -1 : 1))
			.slice(0, 3);
		for (const t of places) {
			const name = localized(t.name, locale);
			const mun = t.kind === 'town' && t.parentId !== null ? municipalityName(t.parentId) : null;
			push({ type: 'territory', label: name, detail: mun, url: searchUrl(locale, { ...emptyParams(), q: withHead(localized(t.name, 'lv')) }) });
		}
	}
	return { q, suggestions: out };
}

function emptyParams(): SearchParams {
	return {
		q: '',
		types: [],
		categories: [],
		kinds: [],
		labels: [],
		regions: [],
		municipalities: [],
		openNow: false,
		near: null,
		nearPlace: null,
		radiusKm: null,
		sort: 'relevance',
		page: 1,
		placeWords: true
	};
}

export type { MatchKind };
