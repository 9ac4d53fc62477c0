import { detailParams, MAX_PER_PAGE } from './params';
import { newsListParams, projectListParams } from './programme-schemas';
import type { Operation } from './operations';

const list = (what: string) =>
	`Paginated (\`page\`, \`per_page\` ≤ ${MAX_PER_PAGE}); \`links.next\` / \`links.prev\` lead through the pages. Only published ${what} are listed.`;

/** The programme side's endpoints in the OpenAPI document (projects and news; later events, …). */
export const PROGRAMME_OPERATIONS: readonly Operation[] = [
	{
		path: '/projects',
		operationId: 'listProjects',
		summary: 'List projects',
		description: `Projects of associations and local action groups: current first, then upcoming, then completed; newest start first. ${list('projects')} A filter that names nothing is a 400.`,
		tag: 'Projects',
		query: projectListParams,
		response: 'ProjectList'
	},
	{
		path: '/projects/{slug}',
		operationId: 'getProject',
		summary: 'Get one project',
		description: 'A project with its number, programme, funder and acknowledgement, partners, territory, goals, result figures and logos.',
		tag: 'Projects',
		query: detailParams,
		slugOf: 'project',
		response: 'ProjectResponse'
	},
	{
		path: '/news',
		operationId: 'listNews',
		summary: 'List news posts',
		description: `Published news of organisations, newest first; each post in the language it was written in (\`lang\` sets the language of names and URLs). ${list('posts')}`,
		tag: 'News',
		query: newsListParams,
		response: 'NewsList'
	},
	{
		path: '/news/{slug}',
		operationId: 'getNews',
		summary: 'Get one news post',
		description: 'A published post with its sanitized HTML text.',
		tag: 'News',
		query: detailParams,
		slugOf: 'news post',
		response: 'NewsResponse'
	}
];
