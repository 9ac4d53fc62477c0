/**
 * /api/v1/library and /api/v1/library/{slug}: parameters and response schemas, registered in the
 * API's schema registry so they appear in the OpenAPI document. Published items only; never who
 * viewed or downloaded them (use counts stay in the organisation's workspace).
 */
import { z } from 'zod';
import { LIBRARY_KINDS } from '$lib/forms/library';
import { apiSchemas, itemResponse, listResponse, OrganisationRef } from '../api/schemas';
import { MAX_PER_PAGE, paramParts } from '../api/params';

const { common, paging, slug, oneOf } = paramParts;

export const libraryListParams = z.object({
	...common,
	...paging,
	topic: slug('Slug of a library topic (see `topics` in any item); a slug that names no topic is a 400.'),
	kind: oneOf(LIBRARY_KINDS, 'Type of material.').optional(),
	language: z
		.string()
		.regex(/^[a-z]{2}$/, { error: 'must be a two-letter language code' })
		.optional()
		.meta({ description: 'The material’s own language (ISO 639-1), e.g. lv, en, ro, ru.' }),
	organisation: slug('Slug of the organisation that keeps the items.')
});
export type LibraryListParams = z.output<typeof libraryListParams>;

const text = z.string();
const url = z.url().describe('Absolute URL.');
const Topic = z.object({ slug: z.string().min(1), name: text });

export const LibraryItemSummary = z
	.object({
		type: z.literal('library_item'),
		id: z.guid().describe('Stable identifier.'),
		slug: z.string().min(1),
		name: text.describe('The title in the requested language (Latvian when untranslated).'),
		url: url.describe('The item’s page in the requested language.'),
		kind: z.enum(LIBRARY_KINDS),
		summary: text,
		language: z.string().regex(/^[a-z]{2}$/).describe('The material’s own language (ISO 639-1).'),
		author: text.optional(),
		source_url: url.optional().describe('Where the material is: the video, tour or link (absent for an uploaded handbook).'),
		duration_minutes: z.int().min(1).optional(),
		pages: z.int().min(1).optional(),
		topics: z.array(Topic),
		organisation: OrganisationRef,
		project: z.object({ slug: z.string().min(1), name: text, url }).optional(),
		published_at: z.iso.datetime({ offset: true }),
		is_demo: z.boolean().describe('Demo material (its address is a stand-in).')
	})
	.register(apiSchemas, { id: 'LibraryItemSummary', description: 'A learning-library item in a list.' });

export const LibraryItemDetail = LibraryItemSummary.extend({
	chapters: z.array(z.object({ at: z.int().min(0).describe('Seconds from the start.'), title: text })),
	transcript: text.optional(),
	event: z.object({ slug: z.string().min(1), name: text, url }).optional(),
	file: z.object({ url, file_name: text, size: z.int().min(0).describe('Bytes.'), cover_url: url.optional() }).optional().describe('A handbook’s PDF (its download is counted).')
}).register(apiSchemas, { id: 'LibraryItemDetail', description: 'One learning-library item with its chapters, transcript and file.' });

export const LibraryList = listResponse('LibraryList', LibraryItemSummary, 'A page of library items, newest first.');
export const LibraryItemResponse = itemResponse('LibraryItemResponse', LibraryItemDetail, 'One library item.');

export type LibraryItemSummaryBody = z.output<typeof LibraryItemSummary>;
export type LibraryItemDetailBody = z.output<typeof LibraryItemDetail>;

export const LIBRARY_OPERATIONS = [
	{
		path: '/library',
		operationId: 'listLibraryItems',
		summary: 'List learning-library items',
		description: `Published video lectures, handbooks, webinar recordings, virtual tours, presentations and links of associations and LEADER groups, newest first. Paginated (\`page\`, \`per_page\` ≤ ${MAX_PER_PAGE}). A filter that names nothing is a 400.`,
		tag: 'Library' as const,
		query: libraryListParams,
		response: 'LibraryList'
	},
	{
		path: '/library/{slug}',
		operationId: 'getLibraryItem',
		summary: 'Get one library item',
		description: 'A published item with its topics, chapters, transcript and file; the project and event it comes from.',
		tag: 'Library' as const,
		query: z.object(common),
		slugOf: 'library item',
		response: 'LibraryItemResponse'
	}
];
