/** The mentoring pairs' card on the organisation workspace: live pairs first, how many sessions each logged. */
import { localized } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { registerListSection } from '../workspace/list-section';
import { listOrganisationPairs } from './staff-queries';

registerListSection({
	id: 'mentoring-pairs',
	order: 42,
	capability: 'read:application',
	title: (locale) => m.pair_staff_title({}, { locale }),
	path: 'mentorings',
	rows: ({ db, organisation }) => listOrganisationPairs(db, organisation.id),
	item: (p, locale) => ({
		title: `${p.menteeName ?? '—'} · ${p.mentorName ?? '—'}`,
		meta: [localized(p.cohortTitle, locale), m.pair_section_sessions({ count: p.sessions }, { locale })].join(' · ')
	}),
	empty: (locale) => m.pair_staff_none({}, { locale })
});
