import { localized, localizedLang } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { formatPeriod } from '$lib/programme/format';
import { registerListSection } from '../workspace/list-section';
import { listProjectsForWorkspace } from './projects-repository';

registerListSection({
	id: 'projects',
	order: 10,
	title: (locale) => m.project_list_title({}, { locale }),
	path: 'projekti',
	rows: ({ db, organisation }) => listProjectsForWorkspace(db, organisation.id),
	item: (p, locale) => ({
		title: localized(p.title, locale),
		lang: localizedLang(p.title, locale),
		meta: [p.status === 'published' ? m.status_published({}, { locale }) : m.status_draft({}, { locale }), formatPeriod(p.startsOn, p.endsOn, locale)].filter(Boolean).join(' · ')
	}),
	create: { capability: 'create:project', suffix: '/jauns', label: (locale) => m.project_new({}, { locale }) },
	empty: (locale) => m.project_none_workspace({}, { locale })
});
