/** The library's card on the organisation workspace: its latest materials and, for staff who may, "add". */
import { localized, localizedLang } from '$lib/domain/localized';
import { libraryKindLabel } from '$lib/library/kind-label';
import { m } from '$lib/paraglide/messages';
import { can } from '../auth/permissions';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';
import { listLibraryItemsForWorkspace } from './items-repository';

const SHOWN = 6;

registerWorkspaceSection({
	id: 'library',
	order: 35,
	capability: 'read:workspace',
	title: (locale) => m.library_section_title({}, { locale }),
	path: 'biblioteka',
	load: async ({ db, organisation, locale, principal }) => {
		const rows = await listLibraryItemsForWorkspace(db, organisation.id);
		const base = workspacePath(locale, organisation.slug, 'biblioteka');
		return {
			count: rows.length,
			items: rows.slice(0, SHOWN).map((item) => ({
				title: localized(item.title, locale),
				lang: localizedLang(item.title, locale),
				href: `${base}/${item.id}`,
				meta: [libraryKindLabel(item.kind, locale), item.status === 'published' ? m.status_published({}, { locale }) : m.status_draft({}, { locale })].join(' · ')
			})),
			actions: can(principal, 'create:library_item', { organisationId: organisation.id }) ? [{ href: `${base}/jauns`, label: m.library_new({}, { locale }) }] : [],
			empty: m.library_none_workspace({}, { locale })
		};
	}
});
