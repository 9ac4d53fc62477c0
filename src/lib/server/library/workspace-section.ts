/** The library's card on the organisation workspace: its latest materials and, for staff who may, "add". */
import { localized, localizedLang } from '$lib/domain/localized';
import { libraryKindLabel } from '$lib/library/kind-label';
import { m } from '$lib/paraglide/messages';
import { registerListSection } from '../workspace/list-section';
import { listLibraryItemsForWorkspace } from './items-repository';

registerListSection({
	id: 'library',
	order: 35,
	title: (locale) => m.library_section_title({}, { locale }),
	path: 'biblioteka',
	rows: ({ db, organisation }) => listLibraryItemsForWorkspace(db, organisation.id),
	item: (item, locale) => ({
		title: localized(item.title, locale),
		lang: localizedLang(item.title, locale),
		meta: [libraryKindLabel(item.kind, locale), item.status === 'published' ? m.status_published({}, { locale }) : m.status_draft({}, { locale })].join(' · ')
	}),
	create: { capability: 'create:library_item', suffix: '/jauns', label: (locale) => m.library_new({}, { locale }) },
	empty: (locale) => m.library_none_workspace({}, { locale })
});
