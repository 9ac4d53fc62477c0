import { m } from '$lib/paraglide/messages';
import { listPeopleOfOrganisation } from '../participation/participations-repository';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';

/** The people who took part in the organisation's activities (coordinators only: it names people). */
registerWorkspaceSection({
	id: 'people',
	order: 80,
	capability: 'read:person',
	title: (locale) => m.people_title({}, { locale }),
	path: 'dalibnieki',
	load: async ({ db, organisation, locale }) => {
		const { total, rows } = await listPeopleOfOrganisation(db, organisation.id, { limit: 5, offset: 0 });
		const href = workspacePath(locale, organisation.slug, 'dalibnieki');
		return {
			count: total,
			items: rows.map((p) => ({
				title: p.anonymised ? m.people_anonymised({}, { locale }) : p.name || p.email || '',
				href,
				meta: m.people_attended_count({ count: p.attended }, { locale })
			})),
			actions: [],
			empty: m.people_none({}, { locale })
		};
	}
});
