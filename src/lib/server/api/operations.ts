/**
 * Every JSON operation of /api/v1, the directory's own and each feature's (their lists live with the
 * feature): the table openapi.ts turns into the document and openapi.test.ts lints.
 */
import type { z } from 'zod';
import {
	categoryListParams,
	detailParams,
	MAX_PER_PAGE,
	municipalityListParams,
	organisationListParams,
	placeListParams,
	producerListParams,
	salesPointListParams,
	searchParamsDoc
} from './params';
import { PROGRAMME_OPERATIONS } from './programme-operations';
import { EVENT_OPERATIONS } from '$lib/server/events/api-schemas';
import { LIBRARY_OPERATIONS } from '$lib/server/library/api-schemas';
import { SURVEY_OPERATIONS } from '$lib/server/surveys/api-schemas';
import { PROGRAMMES_API_OPERATIONS } from '$lib/server/programmes/api-schemas';
import { COOPERATION_OPERATIONS } from '$lib/server/cooperation/api-schemas';

export type Operation = {
	path: string;
	operationId: string;
	summary: string;
	description: string;
	tag: 'Search' | 'Producers' | 'Sales points' | 'Organisations' | 'Places' | 'Events' | 'Reference' | 'Projects' | 'News' | 'Library' | 'Surveys' | 'Programmes' | 'Cooperation';
	query: z.ZodObject;
	/** A `{slug}` path parameter: the operation can answer 404. */
	slugOf?: string;
	/** Component id of the 200 body. */
	response: string;
};

const list = (what: string) =>
	`Paginated (\`page\`, \`per_page\` ≤ ${MAX_PER_PAGE}); \`links.next\` / \`links.prev\` lead through the pages. Only published ${what} are listed.`;

export const OPERATIONS: readonly Operation[] = [
	{
		path: '/search',
		operationId: 'search',
		summary: 'Search producers, products, sales points, organisations and places',
		description:
			'One query over every kind of listing: diacritics, Latvian word forms, small typos, place words (“medus Sigulda”) and category names in any of the four languages. The results are one ranked list — every type, or only those `type` names — paginated like the other lists (`page`, `per_page`, `meta.pages`, `links.next`); `groups` give each type’s total and a link to its own list. Filter values that name nothing are a 400. Searches without results are recorded anonymously (query, filters, municipality, day) as unmet demand.',
		tag: 'Search',
		query: searchParamsDoc,
		response: 'SearchResponse'
	},
	{
		path: '/producers',
		operationId: 'listProducers',
		summary: 'List producers',
		description: `Producers in Latvian alphabetical order (or newest first), filtered like the directory page. ${list('producers')}`,
		tag: 'Producers',
		query: producerListParams,
		response: 'ProducerList'
	},
	{
		path: '/producers/{slug}',
		operationId: 'getProducer',
		summary: 'Get one producer',
		description: 'A producer with all its products, sales points, labels and organisations.',
		tag: 'Producers',
		query: detailParams,
		slugOf: 'producer',
		response: 'ProducerResponse'
	},
	{
		path: '/sales-points',
		operationId: 'listSalesPoints',
		summary: 'List sales points',
		description: `Markets, farm gates, shops, e-shops, fairs and producers’ shops in Latvian order. ${list('sales points')}`,
		tag: 'Sales points',
		query: salesPointListParams,
		response: 'SalesPointList'
	},
	{
		path: '/sales-points/{slug}',
		operationId: 'getSalesPoint',
		summary: 'Get one sales point',
		description: 'A sales point with its opening hours and the producers who sell there.',
		tag: 'Sales points',
		query: detailParams,
		slugOf: 'sales point',
		response: 'SalesPointResponse'
	},
	{
		path: '/organisations',
		operationId: 'listOrganisations',
		summary: 'List organisations',
		description: `Associations, LEADER local action groups, business centres, NGOs and public bodies. ${list('organisations')}`,
		tag: 'Organisations',
		query: organisationListParams,
		response: 'OrganisationList'
	},
	{
		path: '/organisations/{slug}',
		operationId: 'getOrganisation',
		summary: 'Get one organisation',
		description: 'An organisation with the territories it serves, the producers it supports and the places it runs.',
		tag: 'Organisations',
		query: detailParams,
		slugOf: 'organisation',
		response: 'OrganisationResponse'
	},
	{
		path: '/places',
		operationId: 'listPlaces',
		summary: 'List places',
		description: `Coworking spaces, incubators, tourist information points and community spaces. ${list('places')}`,
		tag: 'Places',
		query: placeListParams,
		response: 'PlaceList'
	},
	{
		path: '/places/{slug}',
		operationId: 'getPlace',
		summary: 'Get one place',
		description: 'A place with its amenities, operator and opening hours.',
		tag: 'Places',
		query: detailParams,
		slugOf: 'place',
		response: 'PlaceResponse'
	},
	{
		path: '/categories',
		operationId: 'listCategories',
		summary: 'List product categories',
		description: 'The two-level taxonomy in the curators’ order (each top-level category followed by its subcategories), with producer counts.',
		tag: 'Reference',
		query: categoryListParams,
		response: 'CategoryList'
	},
	{
		path: '/municipalities',
		operationId: 'listMunicipalities',
		summary: 'List municipalities',
		description:
			'The current municipalities (state cities and novadi) in Latvian order, with planning region and producer count; optionally also the pre-2021 names, each pointing to its successor.',
		tag: 'Reference',
		query: municipalityListParams,
		response: 'MunicipalityList'
	},
	...EVENT_OPERATIONS,
	...PROGRAMME_OPERATIONS,
	...LIBRARY_OPERATIONS,
	...SURVEY_OPERATIONS,
	...PROGRAMMES_API_OPERATIONS,
	...COOPERATION_OPERATIONS
];

