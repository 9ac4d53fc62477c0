/** The search endpoint's answer: ranked results, snippets, facets and groups. */
import { z } from 'zod';
import { PRODUCER_KINDS } from '$lib/server/producers/producers-repository';
import { SALES_POINT_KINDS } from '$lib/server/sales-points/sales-points-repository';
import { ORGANISATION_KINDS } from '$lib/server/organisations/organisations-repository';
import { PLACE_KINDS } from '$lib/server/places/places-repository';
import { apiSchemas, CategoryRef, count, identity, lang, Location, slug, text, url } from './schemas-common';
import { PageLinks, PageMeta } from './schemas-directory';

export const RESULT_TYPE_VALUES = ['producer', 'sales_point', 'organisation', 'place', 'library_item'] as const;
export const MATCH_KIND_VALUES = ['exact', 'stem', 'prefix', 'typo', 'category', 'place', 'filter'] as const;
export const SNIPPET_FIELD_VALUES = ['name', 'product', 'description', 'category', 'place'] as const;

const anyKind = z.enum([...PRODUCER_KINDS, ...SALES_POINT_KINDS, ...ORGANISATION_KINDS, ...PLACE_KINDS] as unknown as readonly [string, ...string[]]);

export const Snippet = z
	.object({
		field: z.enum(SNIPPET_FIELD_VALUES).describe('What matched: the name, a product, the description, a category or the place.'),
		text: text,
		ranges: z.array(z.tuple([z.int().min(0), z.int().min(0)])).describe('[start, end) offsets (UTF-16) of the matching words in `text`.'),
		html: text.describe('`text` HTML-escaped, with the ranges wrapped in <mark>.'),
		lang: lang.optional().describe('Language of `text` when it differs from the requested one.')
	})
	.register(apiSchemas, { id: 'Snippet', description: 'Why a result matched.' });

export const SearchResult = z
	.object({
		type: z.enum(RESULT_TYPE_VALUES),
		...identity,
		external_id: text.optional(),
		kind: anyKind,
		is_demo: z.boolean(),
		location: Location,
		match: z.enum(MATCH_KIND_VALUES).describe('How the best query word matched: exact word, another form (stem), prefix, typo, category, place or filters only.'),
		score: z.number(),
		snippet: Snippet.optional(),
		products: z.array(text).describe('Names of the producer’s matching products (at most three).'),
		distance_km: z
			.number()
			.min(0)
			.optional()
			.describe('Distance from the point, when there is one — to the public point: with `locality` or `municipality` precision that is the village or municipality centre, so say "in …" rather than a distance when it is small.'),
		open_now: z.boolean().optional().describe('Open now in Europe/Riga; left out when the hours are unknown.')
	})
	.register(apiSchemas, { id: 'SearchResult', description: 'A producer, sales point, organisation or place that matched.' });

export const FacetValue = z
	.object({ value: text, label: text, count, selected: z.boolean() })
	.register(apiSchemas, { id: 'FacetValue', description: 'One filter value with the number of results it would give.' });

export const SearchFacets = z
	.object({
		type: z.array(FacetValue),
		category: z.array(FacetValue),
		kind: z.array(FacetValue),
		label: z.array(FacetValue),
		region: z.array(FacetValue),
		municipality: z.array(FacetValue),
		open_now: count.describe('Results open now.'),
		radius: z.array(FacetValue).describe('Results within 5, 10, 25, 50 and 100 km, when there is a point.')
	})
	.register(apiSchemas, { id: 'SearchFacets', description: 'Counts for narrowing the search.' });

export const SearchQuery = z
	.object({
		q: text.describe('The query as understood (whitespace collapsed, at most 100 characters).'),
		normalized: text.describe('Lower case, without diacritics.'),
		text_words: z.array(text).describe('Words searched as text.'),
		places: z
			.array(z.object({ words: text, name: text, kind: text, slug, area: text.describe('The municipality or region the filter covers.') }))
			.describe('Place words of the query applied as a place filter.'),
		ambiguous_place_words: z.array(text).describe('Place-like words left as text because they name several places.'),
		categories: z.array(CategoryRef).describe('Categories the query names.'),
		corrections: z.array(z.object({ from: text, to: z.array(text) })).describe('Unknown words read as similar known ones.'),
		origin: z
			.object({ lat: z.number(), lng: z.number(), label: text.optional() })
			.optional()
			.describe('The point distances are measured from.')
	})
	.register(apiSchemas, { id: 'SearchQuery', description: 'How the query was read.' });

export const SearchGroup = z
	.object({ type: z.enum(RESULT_TYPE_VALUES), total: count, url: url.describe('This search restricted to the type, to page through it.') })
	.register(apiSchemas, { id: 'SearchGroup', description: 'Results of one type.' });

export const SearchResponse = z
	.object({
		data: z.array(SearchResult),
		meta: PageMeta,
		links: PageLinks,
		query: SearchQuery,
		groups: z.array(SearchGroup),
		facets: SearchFacets
	})
	.register(apiSchemas, {
		id: 'SearchResponse',
		description:
			'`data` is one page (`page`, `per_page`) of the ranked results — of one type when `type` names exactly one, otherwise of every type in one list — and `meta` / `links` page through them like every other list. `groups` give each type’s total and a link to that type’s own list.'
	});
