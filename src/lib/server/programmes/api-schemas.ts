/**
 * /api/v1/programmes and /api/v1/programmes/{slug}: published programmes and their published
 * cohorts, registered in the API's schema registry so they appear in the OpenAPI document.
 * Public parts only: never who applied; the only number about applicants is places left.
 */
import { z } from 'zod';
import { PROGRAMME_KINDS } from '$lib/forms/programmes';
import { MAX_PER_PAGE, paramParts } from '../api/params';
import { apiSchemas, itemResponse, listResponse, OrganisationRef } from '../api/schemas';

const { common, paging } = paramParts;

export const programmeListParams = z.object({ ...common, ...paging });
export type ProgrammeListParams = z.output<typeof programmeListParams>;

const text = z.string();
const url = z.url().describe('Absolute URL.');
const day = z.iso.date().describe('A calendar day in Riga (YYYY-MM-DD).');

export const CohortBody = z
	.object({
		type: z.literal('cohort'),
		slug: z.string().min(1),
		name: text.describe('The cohort’s title in the requested language (Latvian when untranslated).'),
		starts_on: day,
		ends_on: day,
		phase: z.enum(['upcoming', 'applying', 'closed', 'running', 'finished']).describe('From the dates: before applications open, while they are open, after they close, running, finished.'),
		applications_open_at: z.iso.datetime({ offset: true }).optional(),
		applications_close_at: z.iso.datetime({ offset: true }).optional(),
		capacity: z.int().min(1).optional().describe('Participants accepted at most; absent: no limit.'),
		places_left: z.int().min(0).optional().describe('Capacity minus accepted participants; absent when there is no limit.'),
		eligibility: text.optional().describe('Who may apply; absent when not stated.'),
		languages: z.array(z.enum(['lv', 'en', 'ro', 'ru'])).describe('Languages the cohort is run in.'),
		apply_url: url.optional().describe('The application page, while applications are open.')
	})
	.register(apiSchemas, { id: 'Cohort', description: 'One run of a programme (public parts).' });

export const ProgrammeSummary = z
	.object({
		type: z.literal('programme'),
		id: z.guid().describe('Stable identifier.'),
		slug: z.string().min(1),
		name: text.describe('The title in the requested language (Latvian when untranslated).'),
		url: url.describe('The programme’s page in the requested language.'),
		kind: z.enum(PROGRAMME_KINDS),
		summary: text.optional(),
		organisation: OrganisationRef,
		open_for_applications: z.boolean().describe('One of its cohorts takes applications now.'),
		cohorts: z.array(CohortBody).describe('Published cohorts, the one taking applications first.'),
		is_demo: z.boolean().describe('Demo data.')
	})
	.register(apiSchemas, { id: 'ProgrammeSummary', description: 'A mentoring programme, incubator, idea lab or accelerator.' });

export const ProgrammeDetail = ProgrammeSummary.extend({
	description: text.optional(),
	project: z.object({ slug: z.string().min(1), name: text, url }).optional(),
	place: z.object({ slug: z.string().min(1), name: text, url }).optional().describe('The coworking space or incubator it runs at.')
}).register(apiSchemas, { id: 'ProgrammeDetail', description: 'One programme with its description, project and place.' });

export const ProgrammeList = listResponse('ProgrammeList', ProgrammeSummary, 'A page of programmes, open for applications first.');
export const ProgrammeResponse = itemResponse('ProgrammeResponse', ProgrammeDetail, 'One programme.');

export type ProgrammeSummaryBody = z.output<typeof ProgrammeSummary>;
export type ProgrammeDetailBody = z.output<typeof ProgrammeDetail>;

export const PROGRAMMES_API_OPERATIONS = [
	{
		path: '/programmes',
		operationId: 'listProgrammes',
		summary: 'List programmes',
		description: `Published mentoring programmes, incubators, idea labs and accelerators with their published cohorts; programmes taking applications first, then Latvian alphabetical order. Paginated (\`page\`, \`per_page\` ≤ ${MAX_PER_PAGE}). Never who applied.`,
		tag: 'Programmes' as const,
		query: programmeListParams,
		response: 'ProgrammeList'
	},
	{
		path: '/programmes/{slug}',
		operationId: 'getProgramme',
		summary: 'Get one programme',
		description: 'A published programme with its description, project, place and published cohorts (dates, phase, capacity, places left, eligibility, languages).',
		tag: 'Programmes' as const,
		query: z.object(common),
		slugOf: 'programme',
		response: 'ProgrammeResponse'
	}
];
