/** The directory's listings (producers, sales points, organisations, places), categories and municipalities, and their pages. */
import { z } from 'zod';
import { PRODUCER_KINDS } from '$lib/server/producers/producers-repository';
import { SALES_POINT_KINDS } from '$lib/server/sales-points/sales-points-repository';
import { ORGANISATION_KINDS } from '$lib/server/organisations/organisations-repository';
import { PLACE_KINDS } from '$lib/server/places/places-repository';
import { apiSchemas, asTuple, CategoryRef, ConsultationLine, Contacts, count, identity, lang, Location, officeHoursFields, openingHoursFields, PlacePlan, PlaceResident, Point, slug, TerritoryRef, text, url } from './schemas-common';

const described = {
	description: text.describe('Description in `description_lang`.'),
	description_lang: lang.describe('Language of `description`: the requested one, or lv when there is no translation.')
};

const producerKind = z.enum(asTuple(PRODUCER_KINDS));
const salesPointKind = z.enum(asTuple(SALES_POINT_KINDS));
const organisationKind = z.enum(asTuple(ORGANISATION_KINDS));
const placeKind = z.enum(asTuple(PLACE_KINDS));


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

/** The envelope of every list answer of the API (this directory's and each feature's): a page of `item`s. */
export function listResponse<T extends z.ZodType>(id: string, item: T, description: string) {
	return z.object({ data: z.array(item), meta: PageMeta, links: PageLinks }).register(apiSchemas, { id, description });
}
/** The envelope of every single-item answer of the API. */
export function itemResponse<T extends z.ZodType>(id: string, item: T, description: string) {
	return z.object({ data: item }).register(apiSchemas, { id, description });
}

export const ProducerList = listResponse('ProducerList', ProducerSummary, 'A page of producers.');
export const ProducerResponse = itemResponse('ProducerResponse', ProducerDetail, 'One producer.');
export const SalesPointList = listResponse('SalesPointList', SalesPointSummary, 'A page of sales points.');
export const SalesPointResponse = itemResponse('SalesPointResponse', SalesPointDetail, 'One sales point.');
export const OrganisationList = listResponse('OrganisationList', OrganisationSummary, 'A page of organisations.');
export const OrganisationResponse = itemResponse('OrganisationResponse', OrganisationDetail, 'One organisation.');
export const PlaceList = listResponse('PlaceList', PlaceSummary, 'A page of places.');
export const PlaceResponse = itemResponse('PlaceResponse', PlaceDetail, 'One place.');
export const CategoryList = listResponse('CategoryList', Category, 'A page of categories.');
export const MunicipalityList = listResponse('MunicipalityList', Municipality, 'A page of municipalities.');
