/** The programmes' card on the organisation workspace: its programmes and, for staff who may, "new programme". */
import { localized, localizedLang } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { can } from '../auth/permissions';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';
import { listProgrammesOfOrganisation } from './programmes-repository';

const SHOWN = 6;
const STATUS = { draft: m.prog_status_draft, published: m.prog_status_published, archived: m.prog_status_archived } as const;

registerWorkspaceSection({
	id: 'programmes',
	order: 38,
	capability: 'read:workspace',
	title: (locale) => m.prog_section_title({}, { locale }),
	path: 'programmas',
	load: async ({ db, organisation, locale, principal }) => {
		const rows = await listProgrammesOfOrganisation(db, organisation.id);
		const base = workspacePath(locale, organisation.slug, 'programmas');
		return {
			count: rows.length,
			items: rows.slice(0, SHOWN).map((p) => ({
				title: localized(p.title, locale),
				lang: localizedLang(p.title, locale),
				href: `${base}/${p.id}`,
				meta: STATUS[p.status]({}, { locale })
			})),
			actions: can(principal, 'create:programme', { organisationId: organisation.id }) ? [{ href: `${base}/jauna`, label: m.prog_new({}, { locale }) }] : [],
			empty: m.prog_none_yet({}, { locale })
		};
	}
});
