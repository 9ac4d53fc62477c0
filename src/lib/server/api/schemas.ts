import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locales';
import { PRODUCER_KINDS } from '$lib/server/producers/producers-repository';
import { SALES_POINT_KINDS } from '$lib/server/sales-points/sales-points-repository';
import { ORGANISATION_KINDS } from '$lib/server/organisations/organisations-repository';
import { PLACE_KINDS } from '$lib/server/places/places-repository';
import { communitySchemas } from '$lib/server/communities/api';

/**
 * Response bodies of the public API. Serializers are typed by these schemas, and the OpenAPI
 * document's components are generated from them (every schema registered in `apiSchemas` becomes
 * `#/components/schemas/<id>`). Optional members are left out when there is nothing to say,
 * never sent as null.
 */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

const asTuple = <T extends string>(values: readonly T[]) => values as unknown as readonly [T, ...T[]];

const text = z.string();
const url = z.url().describe('Absolute URL.');
const slug = z.string().min(1);
const lang = z.enum(LOCALES);
const count = z.int().min(0);

export const Point = z
	.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
	.register(apiSchemas, { id: 'Point', description: 'WGS 84 coordinates.' });

export const TerritoryRef = z
	.object({ slug, name: text, url })
	.register(apiSchemas, { id: 'TerritoryRef', description: 'A municipality or planning region and its HTML page.' });

const locationBase = { municipality: TerritoryRef, point: Point.optional() };

/** The three shapes keep the precision rule in the schema itself: no address or locality where the owner hid them. */
export const Location = z
	.discriminatedUnion('precision', [
		z
			.object({
				precision: z.literal('exact'),
				...locationBase,
				locality: text.optional().describe('Town, parish or village.'),
				address: text.optional().describe('Street or homestead address.')
			})
			.describe('Exact: address and point of the house (the point may be a locality or municipality centre when no coordinates are known).'),
		z
			.object({ precision: z.literal('locality'), ...locationBase, locality: text.optional() })
			.describe('Locality: no address; the point is the centre of the locality (or municipality).'),
		z
			.object({ precision: z.literal('municipality'), ...locationBase })
			.describe('Municipality: only the municipality; the point is its centre.')
	])
	.register(apiSchemas, {
		id: 'Location',
		description: 'Where a listing is, never more precisely than its owner chose to show.'
	});

export const Contacts = z
	.object({
		phone: text.optional(),
		email: text.optional(),
		website: text.optional(),
		facebook: text.optional(),
		instagram: text.optional()
	})
	.register(apiSchemas, { id: 'Contacts', description: 'Public contact channels; unknown ones are left out.' });

export const OpeningInterval = z
	.object({
		day: z.int().min(1).max(7).describe('ISO weekday: 1 = Monday … 7 = Sunday.'),
		opens: z.string().regex(/^\d{2}:\d{2}$/).describe('HH:MM, Europe/Riga time.'),
		closes: z.string().regex(/^\d{2}:\d{2}$/).describe('HH:MM, Europe/Riga time; at or before `opens` means past midnight.')
	})
	.register(apiSchemas, { id: 'OpeningInterval', description: 'One opening interval on a weekday.' });

export const OpeningDay = z
	.object({
		date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Europe/Riga date.'),
		intervals: z.array(z.object({ opens: z.string().regex(/^\d{2}:\d{2}$/), closes: z.string().regex(/^\d{2}:\d{2}$/) })).describe('Open intervals that day; empty = closed.')
	})
	.register(apiSchemas, { id: 'OpeningDay', description: 'One of the coming days with its open intervals.' });

const weekDescription = 'The weekly hours when they are the same every week; empty when they change with seasons or dates (see the `_osm` value and `opening_days`).';
const osmDescription = 'The hours as an OpenStreetMap `opening_hours` value (seasons, dates, public holidays); left out when unknown.';
/** Hours in the API: the week when it is the same every week, the OpenStreetMap value, the coming days, open now. */
const comingHours = {
	opening_days: z.array(OpeningDay).optional().describe('The next 7 days with their hours; left out when the hours are unknown.'),
	open_now: z.boolean().optional().describe('Open now in Europe/Riga; left out when the hours are unknown.')
};
const openingHoursFields = { opening_hours: z.array(OpeningInterval).describe(weekDescription), opening_hours_osm: z.string().optional().describe(osmDescription), ...comingHours };
const officeHoursFields = { office_hours: z.array(OpeningInterval).describe(weekDescription), office_hours_osm: z.string().optional().describe(osmDescription), ...comingHours };

// coworking spaces, incubators and consultation lines (issue 17, communities/api.ts)
const community = communitySchemas({ OpeningInterval, TerritoryRef });
export const ConsultationLine = community.ConsultationLine.register(apiSchemas, { id: 'ConsultationLine', description: 'A consultation phone line with its hours, region and languages.' });
export const PlaceResident = community.Resident.register(apiSchemas, { id: 'PlaceResident', description: 'A resident of a coworking space or incubator who agreed to be shown.' });
export const PlacePlan = community.Plan.register(apiSchemas, { id: 'PlacePlan', description: 'A membership plan of a place and its price.' });

export const CategoryRef = z.object({ slug, name: text }).register(apiSchemas, { id: 'CategoryRef', description: 'A product category.' });

const described = {
	description: text.describe('Description in `description_lang`.'),
	description_lang: lang.describe('Language of `description`: the requested one, or lv when there is no translation.')
};

const producerKind = z.enum(asTuple(PRODUCER_KINDS));
const salesPointKind = z.enum(asTuple(SALES_POINT_KINDS));
const organisationKind = z.enum(asTuple(ORGANISATION_KINDS));
const placeKind = z.enum(asTuple(PLACE_KINDS));

const identity = {
	id: z.guid().describe('Stable identifier.'),
	slug,
	name: text,
	url: url.describe('The HTML page in the requested language.')
};

export const ProducerSummary = z
	.object({
		type: z.literal('producer'),
		...identity,
		external_id: text.optional().describe('Identifier in a partner organisation’s register, where set.'),
		kind: producerKind,
		is_demo: z.boolean().describe('Fictional demo listing.'),
		location: Location,
		categories: z.array(CategoryRef)
	})
	.register(apiSchemas, { id: 'ProducerSummary', description: 'A producer in a list.' });

export const ProducerRef = z
	.object({
		type: z.literal('producer'),
		slug,
		name: text,
		url,
		kind: producerKind,
		is_demo: z.boolean(),
		municipality: text.describe('Name of the municipality.'),
		note: text.optional().describe('Note on the link, e.g. the days a producer is at a market.'),
		note_lang: lang.optional()
	})
	.register(apiSchemas, { id: 'ProducerRef', description: 'A producer linked from another listing.' });

export const Product = z
	.object({
		name: text,
		name_lang: lang,
		category: text.describe('Name of the product category.'),
		price_cents: z.int().min(0).optional().describe('Price in euro cents for `unit_amount` × `unit`; left out when not published.'),
		unit: text.optional(),
		unit_amount: z.number().optional(),
		season_from: z.int().min(1).max(12).optional().describe('First month of the season (may wrap the new year); left out = all year.'),
		season_to: z.int().min(1).max(12).optional()
	})
	.register(apiSchemas, { id: 'Product', description: 'A product a producer offers.' });

export const SalesPointRef = z
	.object({
		type: z.literal('sales_point'),
		slug,
		name: text,
		url,
		kind: salesPointKind,
		location: Location,
		note: text.optional(),
		note_lang: lang.optional()
	})
	.register(apiSchemas, { id: 'SalesPointRef', description: 'A sales point linked from a producer.' });

export const OrganisationRef = z
	.object({ type: z.literal('organisation'), slug, name: text, url })
	.register(apiSchemas, { id: 'OrganisationRef', description: 'An organisation linked from another listing.' });

export const PlaceRef = z
	.object({ type: z.literal('place'), slug, name: text, url, kind: placeKind })
	.register(apiSchemas, { id: 'PlaceRef', description: 'A place linked from another listing.' });

export const LabelRef = z
	.object({ slug, name: text, value: text.optional().describe('E.g. the registration number.') })
	.register(apiSchemas, { id: 'LabelRef', description: 'A label such as a registration or certification.' });

export const ProducerDetail = ProducerSummary.extend({
	...described,
	founded_year: z.int().optional(),
	contacts: Contacts,
	region: TerritoryRef.optional().describe('Planning region.'),
	products: z.array(Product),
	sales_points: z.array(SalesPointRef),
	labels: z.array(LabelRef),
	organisations: z.array(OrganisationRef)
}).register(apiSchemas, { id: 'ProducerDetail', description: 'One producer with products, sales points, labels and organisations.' });

export const SalesPointSummary = z
	.object({ type: z.literal('sales_point'), ...identity, kind: salesPointKind, is_demo: z.boolean(), location: Location })
	.register(apiSchemas, { id: 'SalesPointSummary', description: 'A sales point in a list.' });

export const SalesPointDetail = SalesPointSummary.extend({
	description: text.optional().describe('Description in `description_lang`; left out when there is none.'),
	description_lang: lang.optional(),
	hours_note: text.optional().describe('Addition to the opening hours, e.g. “May–September only”.'),
	hours_note_lang: lang.optional(),
	...openingHoursFields,
	contacts: Contacts,
	producers: z.array(ProducerRef)
}).register(apiSchemas, { id: 'SalesPointDetail', description: 'One sales point with the producers who sell there.' });

export const OrganisationSummary = z
	.object({ type: z.literal('organisation'), ...identity, kind: organisationKind, is_demo: z.boolean(), location: Location })
	.register(apiSchemas, { id: 'OrganisationSummary', description: 'An organisation in a list.' });

export const CoverageItem = z
	.object({
		slug,
		name: text,
		kind: z.enum(['planning_region', 'municipality', 'other']),
		url: url.optional().describe('HTML page of a region or municipality.')
	})
	.register(apiSchemas, { id: 'CoverageItem', description: 'A territory an organisation serves.' });

export const OrganisationDetail = OrganisationSummary.extend({
	legal_name: text.optional(),
	...described,
	registration_number: text.optional(),
	...officeHoursFields,
	contacts: Contacts,
	coverage: z.array(CoverageItem),
	consultation_lines: z.array(ConsultationLine).describe('Its active consultation lines, in its order.'),
	producers: z.array(ProducerRef).describe(`The first producers it supports, in Latvian order (see producer_count).`),
	producer_count: count,
	places: z.array(PlaceRef)
}).register(apiSchemas, { id: 'OrganisationDetail', description: 'One organisation with its coverage, producers and places.' });

export const PlaceSummary = z
	.object({ type: z.literal('place'), ...identity, kind: placeKind, is_demo: z.boolean(), location: Location })
	.register(apiSchemas, { id: 'PlaceSummary', description: 'A place in a list.' });

export const PlaceDetail = PlaceSummary.extend({
	...described,
	amenities: z.array(text).describe('Amenity keys: wifi, desks, meeting_room, …'),
	operator: z
		.object({ name: text, slug: slug.optional(), url: url.optional() })
		.optional()
		.describe('Who runs it; slug and url when it is an organisation in the directory.'),
	...openingHoursFields,
	contacts: Contacts,
	residents: z.array(PlaceResident).describe('Residents who agreed to be shown (coworking spaces, incubators).'),
	plans: z.array(PlacePlan),
	consultation_lines: z.array(ConsultationLine).describe('Consultation lines run at this place.')
}).register(apiSchemas, { id: 'PlaceDetail', description: 'One place.' });

export const Category = z
	.object({
		type: z.literal('category'),
		id: z.int(),
		slug,
		name: text,
		url: url.describe('The producer directory filtered by this category.'),
		parent: slug.optional().describe('Slug of the top-level category; left out for a top-level one.'),
		icon: text,
		producer_count: count.describe('Published producers in it (a top-level category counts each producer once).')
	})
	.register(apiSchemas, { id: 'Category', description: 'A product category.' });

export const Municipality = z
	.object({
		type: z.enum(['municipality', 'historical_municipality']),
		id: z.int(),
		slug,
		name: text,
		url: url.describe('HTML page of the municipality (of the current one for a historical name).'),
		subkind: text.optional().describe('valstspilsēta (state city) or novads.'),
		region: TerritoryRef.optional().describe('Planning region.'),
		centre: Point.optional(),
		producer_count: count.optional().describe('Published producers; left out for historical names (they count under the current municipality).'),
		successor: TerritoryRef.optional().describe('For a historical name: the current municipality it is part of.')
	})
	.register(apiSchemas, { id: 'Municipality', description: 'A current municipality, or a historical (pre-2021) one.' });

export const PageMeta = z
	.object({ page: z.int().min(1), per_page: z.int().min(1), total: count, pages: z.int().min(1) })
	.register(apiSchemas, { id: 'PageMeta', description: 'Where this page is in the whole list.' });

export const PageLinks = z
	.object({ self: url, next: url.nullable(), prev: url.nullable() })
	.register(apiSchemas, { id: 'PageLinks', description: 'This page and its neighbours (null at the ends).' });

function list<T extends z.ZodType>(id: string, item: T, description: string) {
	return z.object({ data: z.array(item), meta: PageMeta, links: PageLinks }).register(apiSchemas, { id, description });
}
function one<T extends z.ZodType>(id: string, item: T, description: string) {
	return z.object({ data: item }).register(apiSchemas, { id, description });
}

export const ProducerList = list('ProducerList', ProducerSummary, 'A page of producers.');
export const ProducerResponse = one('ProducerResponse', ProducerDetail, 'One producer.');
export const SalesPointList = list('SalesPointList', SalesPointSummary, 'A page of sales points.');
export const SalesPointResponse = one('SalesPointResponse', SalesPointDetail, 'One sales point.');
export const OrganisationList = list('OrganisationList', OrganisationSummary, 'A page of organisations.');
export const OrganisationResponse = one('OrganisationResponse', OrganisationDetail, 'One organisation.');
export const PlaceList = list('PlaceList', PlaceSummary, 'A page of places.');
export const PlaceResponse = one('PlaceResponse', PlaceDetail, 'One place.');
export const CategoryList = list('CategoryList', Category, 'A page of categories.');
export const MunicipalityList = list('MunicipalityList', Municipality, 'A page of municipalities.');

// ---------------------------------------------------------------- search

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

export const Problem = z
	.object({
		type: z.url().describe('Identifies the kind of problem; GET it for a description.'),
		title: text,
		status: z.int().min(400).max(599),
		detail: text,
		instance: z.string().describe('Path and query of the request that failed.'),
		errors: z
			.array(z.object({ param: z.string(), message: z.string() }))
			.describe('One entry per rejected parameter (empty when no parameter is to blame).')
	})
	.register(apiSchemas, { id: 'Problem', description: 'An error, as application/problem+json (RFC 9457).' });

export const ProblemType = z
	.object({ type: z.url(), title: text, status: z.int().min(400).max(599), description: text })
	.register(apiSchemas, { id: 'ProblemType', description: 'What a problem type means.' });

export type ProducerSummaryBody = z.output<typeof ProducerSummary>;
export type ProducerDetailBody = z.output<typeof ProducerDetail>;
export type SalesPointSummaryBody = z.output<typeof SalesPointSummary>;
export type SalesPointDetailBody = z.output<typeof SalesPointDetail>;
export type OrganisationSummaryBody = z.output<typeof OrganisationSummary>;
export type OrganisationDetailBody = z.output<typeof OrganisationDetail>;
export type PlaceSummaryBody = z.output<typeof PlaceSummary>;
export type PlaceDetailBody = z.output<typeof PlaceDetail>;
export type CategoryBody = z.output<typeof Category>;
export type MunicipalityBody = z.output<typeof Municipality>;
export type LocationBody = z.output<typeof Location>;
export type ProducerRefBody = z.output<typeof ProducerRef>;
export type ContactsBody = z.output<typeof Contacts>;
export type SearchResultBody = z.output<typeof SearchResult>;
export type SearchResponseBody = z.output<typeof SearchResponse>;
export type ProblemBody = z.output<typeof Problem>;
export type ProblemTypeBody = z.output<typeof ProblemType>;
export type PageMetaBody = z.output<typeof PageMeta>;
export type PageLinksBody = z.output<typeof PageLinks>;
