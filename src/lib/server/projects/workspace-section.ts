import { localized, localizedLang } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { formatPeriod } from '$lib/programme/format';
import { can } from '../auth/permissions';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';
import { listProjectsForWorkspace } from './projects-repository';

const SHOWN = 6;

registerWorkspaceSection({
	id: 'projects',
	order: 10,
	capability: 'read:workspace',
	title: (locale) => m.project_list_title({}, { locale }),
	path: 'projekti',
	load: async ({ db, organisation, locale, principal }) => {
		const rows = await listProjectsForWorkspace(db, organisation.id);
		const base = workspacePath(locale, organisation.slug, 'projekti');
		return {
			count: rows.length,
			items: rows.slice(0, SHOWN).map((p) => ({
				title: localized(p.title, locale),
				lang: localizedLang(p.title, locale),
				href: `${base}/${p.id}`,
				meta: [p.status === 'published' ? m.status_published({}, { locale }) : m.status_draft({}, { locale }), formatPeriod(p.startsOn, p.endsOn, locale)].filter(Boolean).join(' · ')
			})),
			actions: can(principal, 'create:project', { organisationId: organisation.id }) ? [{ href: `${base}/jauns`, label: m.project_new({}, { locale }) }] : [],
			empty: m.project_none_workspace({}, { locale })
		};
	}
});
