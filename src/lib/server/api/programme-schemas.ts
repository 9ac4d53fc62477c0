/**
 * /api/v1/projects and /api/v1/news: parameters and response bodies (registered in the same
 * `apiSchemas` as the directory's, so the OpenAPI document carries them). No personal data: no
 * staff, no authors, no participants.
 */
import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locales';
import { paramParts } from './params';
import { apiSchemas, itemResponse, listResponse } from './schemas';

const { common, paging, slug, oneOf } = paramParts;

export const projectListParams = z.object({
	...common,
	...paging,
	organisation: slug('Slug of the organisation: the projects it keeps or takes part in as a partner.'),
	municipality: slug('Slug of a municipality (its planning region’s projects included) or of a Moldovan district.'),
	phase: oneOf(['current', 'upcoming', 'past'], 'Running now, not started yet, or over (by the Riga calendar day).').optional()
});

export const newsListParams = z.object({
	...common,
	...paging,
	organisation: slug('Slug of the organisation that published the posts.'),
	project: slug('Slug of the project the posts are about.')
});

export type ProjectListParams = z.output<typeof projectListParams>;
export type NewsListParams = z.output<typeof newsListParams>;

const text = z.string();
const url = z.url().describe('Absolute URL.');
const lang = z.enum(LOCALES);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('Calendar day, YYYY-MM-DD.');
const identity = { id: z.guid().describe('Stable identifier.'), slug: z.string().min(1), name: text, url: url.describe('The HTML page in the requested language.') };
const OrganisationLink = z.object({ slug: z.string().min(1), name: text, url });
const translated = (what: string) => z.object({ text, lang }).describe(`${what} in \`lang\` (the requested language, or lv when not translated).`);

export const ProjectSummary = z
	.object({
		type: z.literal('project'),
		...identity,
		number: text.optional().describe('The funder’s project number.'),
		phase: z.enum(['current', 'upcoming', 'past']),
		starts_on: day.optional(),
		ends_on: day.optional(),
		summary: text,
		summary_lang: lang,
		organisation: OrganisationLink.describe('The organisation that keeps the project on Tuvumā.'),
		is_demo: z.boolean()
	})
	.register(apiSchemas, { id: 'ProjectSummary', description: 'A project in a list.' });

export const ProjectDetail = ProjectSummary.extend({
	programme: translated('Funding programme').optional(),
	sub_measure: translated('Sub-measure').optional(),
	funder: translated('Funder').optional(),
	acknowledgement: translated('The acknowledgement text the funder requires').optional(),
	goals: z.array(text),
	website: url.optional(),
	partners: z.array(
		z.object({
			role: z.enum(['lead', 'partner']),
			name: text,
			country: z.string().regex(/^[A-Z]{2}$/).describe('ISO 3166-1 alpha-2.'),
			url: url.optional().describe('The partner’s page in the directory, when it is listed there.'),
			website: url.optional()
		})
	),
	territories: z.array(z.object({ name: text, country: z.string().regex(/^[A-Z]{2}$/), url: url.optional().describe('The municipality or region page (Latvian territories).') })),
	results: z.array(z.object({ value: z.number(), unit: text.optional(), label: text, label_lang: lang })),
	logos: z.array(z.object({ url, alt: text, width: z.int().min(1), height: z.int().min(1) })),
	news_url: url.describe('The project’s news as JSON (/news?project=…).'),
	feed_url: url.describe('The project’s news as an Atom feed.')
}).register(apiSchemas, { id: 'ProjectDetail', description: 'A project with its funding, partners, territory, goals and results.' });

export const NewsSummary = z
	.object({
		type: z.literal('news'),
		...identity,
		lang: lang.describe('The language the post is written in.'),
		summary: text,
		published_at: z.iso.datetime({ offset: true }),
		organisation: OrganisationLink,
		project: z.object({ slug: z.string().min(1), name: text, url }).optional(),
		is_demo: z.boolean()
	})
	.register(apiSchemas, { id: 'NewsSummary', description: 'A published news post in a list.' });

export const NewsDetail = NewsSummary.extend({
	body_html: text.describe('The post as HTML, sanitized: headings, paragraphs, lists, links and this site’s pictures only.'),
	updated_at: z.iso.datetime({ offset: true })
}).register(apiSchemas, { id: 'NewsDetail', description: 'A news post with its text.' });


export const ProjectList = listResponse('ProjectList', ProjectSummary, 'A page of projects.');
export const ProjectResponse = itemResponse('ProjectResponse', ProjectDetail, 'One project.');
export const NewsList = listResponse('NewsList', NewsSummary, 'A page of news posts, newest first.');
export const NewsResponse = itemResponse('NewsResponse', NewsDetail, 'One news post.');

export type ProjectSummaryBody = z.output<typeof ProjectSummary>;
export type ProjectDetailBody = z.output<typeof ProjectDetail>;
export type NewsSummaryBody = z.output<typeof NewsSummary>;
export type NewsDetailBody = z.output<typeof NewsDetail>;
