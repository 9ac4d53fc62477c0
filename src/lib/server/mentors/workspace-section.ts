/** The mentors' card on the organisation workspace: the pool and, for staff who may, "add a mentor". */
import { m } from '$lib/paraglide/messages';
import { sortLatvian } from '$lib/text/collation';
import { can } from '../auth/permissions';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';
import { listMentorsOfOrganisation, mentorLoads } from './mentors-repository';

const SHOWN = 6;

registerWorkspaceSection({
	id: 'mentors',
	order: 39,
	capability: 'read:workspace',
	title: (locale) => m.match_section_title({}, { locale }),
	path: 'mentori',
	load: async ({ db, organisation, locale, principal }) => {
		const rows = sortLatvian(await listMentorsOfOrganisation(db, organisation.id), (t) => t.name ?? '');
		const loads = await mentorLoads(db, rows.map((t) => t.id));
		const base = workspacePath(locale, organisation.slug, 'mentori');
		return {
			count: rows.length,
			items: rows.slice(0, SHOWN).map((t) => ({
				title: t.name ?? '—',
				lang: locale,
				href: `${base}/${t.id}`,
				meta: t.active ? m.match_mentor_load({ load: loads.get(t.id) ?? 0, capacity: t.capacity }, { locale }) : m.match_mentor_inactive({}, { locale })
			})),
			actions: can(principal, 'create:mentor', { organisationId: organisation.id }) ? [{ href: `${base}#pievienot`, label: m.match_add_mentor({}, { locale }) }] : [],
			empty: m.match_none_yet({}, { locale })
		};
	}
});
