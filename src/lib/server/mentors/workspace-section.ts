/** The mentors' card on the organisation workspace: the pool and, for staff who may, "add a mentor". */
import { m } from '$lib/paraglide/messages';
import { sortLatvian } from '$lib/text/collation';
import { registerListSection } from '../workspace/list-section';
import { listMentorsOfOrganisation, mentorLoads } from './mentors-repository';

registerListSection({
	id: 'mentors',
	order: 39,
	title: (locale) => m.match_section_title({}, { locale }),
	path: 'mentori',
	rows: async ({ db, organisation }) => {
		const rows = sortLatvian(await listMentorsOfOrganisation(db, organisation.id), (t) => t.name ?? '');
		const loads = await mentorLoads(db, rows.map((t) => t.id));
		return rows.map((t) => ({ ...t, load: loads.get(t.id) ?? 0 }));
	},
	item: (t, locale) => ({
		title: t.name ?? '—',
		lang: locale,
		meta: t.active ? m.match_mentor_load({ load: t.load, capacity: t.capacity }, { locale }) : m.match_mentor_inactive({}, { locale })
	}),
	create: { capability: 'create:mentor', suffix: '#pievienot', label: (locale) => m.match_add_mentor({}, { locale }) },
	empty: (locale) => m.match_none_yet({}, { locale })
});
