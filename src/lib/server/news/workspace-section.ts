import { m } from '$lib/paraglide/messages';
import { formatPublished } from '$lib/programme/format';
import { can } from '../auth/permissions';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';
import { listNewsForWorkspace } from './news-repository';

const SHOWN = 6;

registerWorkspaceSection({
	id: 'news',
	order: 20,
	capability: 'read:workspace',
	title: (locale) => m.news_title({}, { locale }),
	path: 'zinas',
	load: async ({ db, organisation, locale, principal }) => {
		const rows = await listNewsForWorkspace(db, organisation.id);
		const base = workspacePath(locale, organisation.slug, 'zinas');
		return {
			count: rows.length,
			items: rows.slice(0, SHOWN).map((n) => ({
				title: n.title,
				lang: n.lang,
				href: `${base}/${n.id}`,
				meta: n.status === 'published' && n.publishedAt ? m.news_published_on({ date: formatPublished(n.publishedAt.toISOString(), locale) }, { locale }) : m.status_draft({}, { locale })
			})),
			actions: can(principal, 'create:news', { organisationId: organisation.id }) ? [{ href: `${base}/jauna`, label: m.news_new({}, { locale }) }] : [],
			empty: m.news_none_workspace({}, { locale })
		};
	}
});
