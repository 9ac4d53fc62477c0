/** The contests' card on the organisation workspace: its contests and, for staff who may, "new contest". */
import { localized, localizedLang } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import { registerListSection } from '../workspace/list-section';
import { listContestsOfOrganisation } from './contests-repository';

export function contestState(c: { status: string; frozenAt: Date | null; drawnAt: Date | null }, locale: Locale): string {
	if (c.drawnAt) return m.contest_state_drawn({}, { locale });
	if (c.frozenAt) return m.contest_state_frozen({}, { locale });
	return c.status === 'published' ? m.contest_state_published({}, { locale }) : m.contest_state_draft({}, { locale });
}

registerListSection({
	id: 'contests',
	order: 39,
	title: (locale) => m.contest_section_title({}, { locale }),
	path: 'konkursi',
	rows: ({ db, organisation }) => listContestsOfOrganisation(db, organisation.id),
	item: (c, locale) => ({ title: localized(c.title, locale), lang: localizedLang(c.title, locale), meta: contestState(c, locale) }),
	create: { capability: 'create:contest', suffix: '/jauns', label: (locale) => m.contest_new({}, { locale }) },
	empty: (locale) => m.contest_none_yet({}, { locale })
});
