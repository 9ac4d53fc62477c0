/**
 * /api/v1/cooperation and /api/v1/cooperation/{slug}: parameters and response schemas, registered in
 * the API's schema registry for the OpenAPI document. Published, unexpired profiles only, and never
 * their contacts (exchanged only after an accepted interest).
 */
import { z } from 'zod';
import { COUNTRIES, DIRECTIONS, KINDS, WORK_LANGUAGES } from '$lib/domain/cooperation/kinds';
import { apiSchemas, itemResponse, listResponse } from '../api/schemas';
import { MAX_PER_PAGE, paramParts } from '../api/params';

const { common, paging, oneOf } = paramParts;
const id = (description: string) =>
	z
		.preprocess((v) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : v), z.int({ error: 'must be a whole number' }).min(1))
		.optional()
		.meta({ description });

export const cooperationListParams = z.object({
	...common,
	...paging,
	direction: oneOf(DIRECTIONS, 'Offers or requests.').optional(),
	kind: oneOf(KINDS, 'Kind of cooperation.').optional(),
	sector: id('Category id (see /categories); its subcategories count too.'),
	country: oneOf(COUNTRIES, 'Where the owner is, or a country the profile asks for (ISO 3166 alpha-2).').optional(),
	region: id('Territory id of a region, municipality or raion: wanted by the profile, or where the owner is.'),
	language: oneOf(WORK_LANGUAGES, 'A working language of the owner.').optional(),
	q: z.string().max(100).optional().meta({ description: 'Words in the title or description (any language; diacritics do not matter: "balti" finds "Bălți").' })
});
export type CooperationListParams = z.output<typeof cooperationListParams>;

const text = z.string();
const url = z.url().describe('Absolute URL.');
const Lang = z.enum(['lv', 'en', 'ro', 'ru']);

export const CooperationProfileSummary = z
	.object({
		type: z.literal('cooperation_profile'),
		slug: z.string().min(1),
		name: text.describe('The title in the requested language (else Latvian, Romanian, Russian, English).'),
		name_lang: Lang,
		url: url.describe('The profile’s page in the requested language.'),
		direction: z.enum(DIRECTIONS),
		kind: z.enum(KINDS),
		owner: z.object({ type: z.enum(['producer', 'organisation']), slug: z.string().min(1), name: text, url }),
		countries: z.array(z.string().length(2)).describe('Countries wanted (ISO 3166 alpha-2); empty = anywhere.'),
		languages: z.array(z.string().min(2)),
		published_at: z.iso.datetime({ offset: true }).optional(),
		expires_at: z.iso.datetime({ offset: true }).optional()
	})
	.strict()
	.register(apiSchemas, { id: 'CooperationProfileSummary', description: 'A published cooperation offer or request in a list (no contacts).' });

export const CooperationProfileDetail = CooperationProfileSummary.extend({
	description: text,
	description_lang: Lang,
	sectors: z.array(z.object({ id: z.int(), slug: z.string().min(1), name: text })),
	regions: z.array(z.object({ id: z.int(), slug: z.string().min(1), name: text, country: z.string().length(2) })).describe('Regions, municipalities or raioane wanted.'),
	location: z.object({ name: text, country: z.string().length(2) }).optional().describe('The owner’s municipality or raion.')
})
	.strict()
	.register(apiSchemas, { id: 'CooperationProfileDetail', description: 'One published cooperation profile (no contacts: they are exchanged after an accepted interest).' });

export const CooperationList = listResponse('CooperationList', CooperationProfileSummary, 'A page of cooperation profiles, newest first.');
export const CooperationProfileResponse = itemResponse('CooperationProfileResponse', CooperationProfileDetail, 'One cooperation profile.');

export type CooperationSummaryBody = z.output<typeof CooperationProfileSummary>;
export type CooperationDetailBody = z.output<typeof CooperationProfileDetail>;

export const COOPERATION_OPERATIONS = [
	{
		path: '/cooperation',
		operationId: 'listCooperationProfiles',
		summary: 'List cooperation offers and requests',
		description: `Published, unexpired cooperation profiles of producers, businesses, municipalities and LEADER groups (Latvia–Moldova), newest first, without contacts. Paginated (\`page\`, \`per_page\` ≤ ${MAX_PER_PAGE}).`,
		tag: 'Cooperation' as const,
		query: cooperationListParams,
		response: 'CooperationList'
	},
	{
		path: '/cooperation/{slug}',
		operationId: 'getCooperationProfile',
		summary: 'Get one cooperation profile',
		description: 'A published profile with its description, sectors, regions and the owner’s location — never its contacts.',
		tag: 'Cooperation' as const,
		query: z.object(common),
		slugOf: 'cooperation profile',
		response: 'CooperationProfileResponse'
	}
];
