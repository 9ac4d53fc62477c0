import { m } from '$lib/paraglide/messages';
import { formatPublished } from '$lib/programme/format';
import { registerListSection } from '../workspace/list-section';
import { listNewsForWorkspace } from './news-repository';

registerListSection({
	id: 'news',
	order: 20,
	title: (locale) => m.news_title({}, { locale }),
	path: 'zinas',
	rows: ({ db, organisation }) => listNewsForWorkspace(db, organisation.id),
	item: (n, locale) => ({
		title: n.title,
		lang: n.lang,
		meta: n.status === 'published' && n.publishedAt ? m.news_published_on({ date: formatPublished(n.publishedAt.toISOString(), locale) }, { locale }) : m.status_draft({}, { locale })
	}),
	create: { capability: 'create:news', suffix: '/jauna', label: (locale) => m.news_new({}, { locale }) },
	empty: (locale) => m.news_none_workspace({}, { locale })
});
