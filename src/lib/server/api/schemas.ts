import { z } from 'zod';
import { apiSchemas, text, type Contacts, type Location } from './schemas-common';
import type { Category, Municipality, OrganisationDetail, OrganisationSummary, PageLinks, PageMeta, PlaceDetail, PlaceSummary, ProducerDetail, ProducerRef, ProducerSummary, SalesPointDetail, SalesPointSummary } from './schemas-directory';
import type { SearchResponse, SearchResult } from './schemas-search';

/**
 * Response bodies of the public API. Serializers are typed by these schemas, and the OpenAPI
 * document's components are generated from them (every schema registered in `apiSchemas` becomes
 * `#/components/schemas/<id>`). Optional members are left out when there is nothing to say,
 * never sent as null.
 */

// by topic; the order of these lines is the order the schemas register in, and so the order of the
// OpenAPI document's components (Problem and ProblemType, below, come last)
export * from './schemas-common';
export * from './schemas-directory';
export * from './schemas-search';

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
