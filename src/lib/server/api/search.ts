import type { PublicLocation } from '$lib/domain/public-location';
import type { MatchKind, ResultType, SearchHit, SearchParams, SearchResponse, SnippetField } from '$lib/contracts/search/types';
import type { Db } from '$lib/server/db/types';
import { listTerritoriesByKind } from '$lib/server/geography/territories-repository';
import { searchPort } from '$lib/server/search';
import { listCategories } from '$lib/server/taxonomy/categories-repository';
import { listLabels } from '$lib/server/taxonomy/labels-repository';
import { parseQuery, searchApiParams, type ParamError, type SearchApiParams } from './params';
import type { Checked } from './queries';
import { MATCH_KIND_VALUES, RESULT_TYPE_VALUES, SNIPPET_FIELD_VALUES } from './schemas';

/**
 * /api/v1/search on top of the search feature (src/lib/server/search/flow.ts). The feature parses
 * its own parameters and ranks; this adapter adds what the API promises everywhere: `page` and
 * `per_page` over one ranked list (every type in it unless `type` names one),
 * 400 for filter values that name nothing (checked before searching, so such requests are not
 * logged as unmet demand), and the same Location shape as the other endpoints.
 */

// The API schema lists these values; when the search feature's types change, this stops compiling.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameValues: [
	Same<MatchKind, (typeof MATCH_KIND_VALUES)[number]>,
	Same<SnippetField, (typeof SNIPPET_FIELD_VALUES)[number]>,
	Same<ResultType, (typeof RESULT_TYPE_VALUES)[number]>
] = [true, true, true];
void sameValues;

export type ApiSearchHit = SearchHit & { location: PublicLocation };

export type ApiSearchResult = {
	api: SearchApiParams;
	params: SearchParams;
	response: SearchResponse;
	/** One type: its results; otherwise every type's, in one ranked list. */
	single: ResultType | null;
	/** The page (`page`, `per_page`) of those results. */
	hits: ApiSearchHit[];
	/** Matches of the single type, or of every type. */
	total: number;
};

/** Both parsers: the API's (lang, page, per_page) and the search feature's (everything else). */
export function parseSearchRequest(query: URLSearchParams): { ok: true; api: SearchApiParams; params: SearchParams } | { ok: false; errors: ParamError[] } {
	const api = parseQuery(searchApiParams, query);
	const feature = searchPort().parse(query);
	const errors: ParamError[] = api.ok ? [] : [...api.errors];
	if (!feature.ok) for (const e of feature.errors) if (!errors.some((x) => x.param === e.param)) errors.push(e);
	if (errors.length || !api.ok) return { ok: false, errors };
	return { ok: true, api: api.params, params: feature.params };
}

/** Filter slugs that name nothing are a 400 here (the search page shows them as ignored instead). */
async function unknownFilters(db: Db, p: SearchParams): Promise<ParamError[]> {
	const needs = (xs: readonly unknown[]) => xs.length > 0;
	const [cats, labels, regions, municipalities, localities] = await Promise.all([
		needs(p.categories) ? listCategories(db) : [],
		needs(p.labels) ? listLabels(db) : [],
		needs(p.regions) ? listTerritoriesByKind(db, 'planning_region') : [],
		needs(p.municipalities) || p.nearPlace ? listTerritoriesByKind(db, 'municipality') : [],
		p.nearPlace ? Promise.all((['town', 'village', 'parish'] as const).map((kind) => listTerritoriesByKind(db, kind))).then((lists) => lists.flat()) : []
	]);
	const errors: ParamError[] = [];
	const check = (param: string, values: readonly string[], known: readonly { slug: string }[], what: string) => {
		const missing = values.filter((v) => !known.some((k) => k.slug === v));
		if (missing.length) errors.push({ param, message: `no ${what} with the slug ${missing.map((v) => `"${v}"`).join(', ')}` });
	};
	check('category', p.categories, cats, 'category');
	check('label', p.labels, labels, 'label');
	check('region', p.regions, regions, 'planning region');
	check('municipality', p.municipalities, municipalities, 'current municipality');
	if (p.nearPlace) check('near_place', [p.nearPlace], [...municipalities, ...localities], 'municipality, town, village or parish');
	return errors;
}

/**
 * A hit's location in the API's shape. The search index holds only what publicLocation() lets out
 * (the public point, the locality when shown, the address only with exact precision), so this
 * reads no listing rows.
 */
function locationOf(hit: SearchHit): PublicLocation {
	return {
		precision: hit.precision,
		address: hit.address,
		locality: hit.locality,
		municipality: hit.municipality,
		municipalitySlug: hit.municipalitySlug,
		point: hit.point
	};
}

export async function apiSearch(db: Db, api: SearchApiParams, params: SearchParams): Promise<Checked<ApiSearchResult>> {
	const errors = await unknownFilters(db, params);
	if (errors.length) return { ok: false, errors };

	const single = params.types.length === 1 ? params.types[0] : null;
	// one window of the ranked results: one type's, or every type's in one list
	const response = await searchPort().search(db, params, api.lang, { window: { offset: (api.page - 1) * api.per_page, limit: api.per_page } });
	const hits: SearchHit[] = response.window ?? [];
	const total = single ? (response.groups.find((g) => g.type === single)?.total ?? 0) : response.total;
	if (response.ignored.length) {
		return { ok: false, errors: response.ignored.map((i) => ({ param: i.param, message: `"${i.value}" names nothing` })) };
	}
	const located = hits.map((h) => ({ ...h, location: locationOf(h) }));
	return { ok: true, value: { api, params, response, single, hits: located, total } };
}
