/** The mentoring pairs' card on the organisation workspace: live pairs first, how many sessions each logged. */
import { localized } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';
import { listOrganisationPairs } from './staff-queries';

const SHOWN = 6;

registerWorkspaceSection({
	id: 'mentoring-pairs',
	order: 42,
	capability: 'read:application',
	title: (locale) => m.pair_staff_title({}, { locale }),
	path: 'mentorings',
	load: async ({ db, organisation, locale }) => {
		const rows = await listOrganisationPairs(db, organisation.id);
		const base = workspacePath(locale, organisation.slug, 'mentorings');
		return {
			count: rows.length,
			items: rows.slice(0, SHOWN).map((p) => ({
				title: `${p.menteeName ?? '—'} · ${p.mentorName ?? '—'}`,
				href: `${base}/${p.id}`,
				meta: [localized(p.cohortTitle, locale), m.pair_section_sessions({ count: p.sessions }, { locale })].join(' · ')
			})),
			actions: [],
			empty: m.pair_staff_none({}, { locale })
		};
	}
});
