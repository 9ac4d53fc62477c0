/** The contests' card on the organisation workspace: its contests and, for staff who may, "new contest". */
import { localized, localizedLang } from '$lib/domain/localized';
import type { Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import { can } from '../auth/permissions';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';
import { listContestsOfOrganisation } from './contests-repository';

const SHOWN = 6;

export function contestState(c: { status: string; frozenAt: Date | null; drawnAt: Date | null }, locale: Locale): string {
	if (c.drawnAt) return m.contest_state_drawn({}, { locale });
	if (c.frozenAt) return m.contest_state_frozen({}, { locale });
	return c.status === 'published' ? m.contest_state_published({}, { locale }) : m.contest_state_draft({}, { locale });
}

registerWorkspaceSection({
	id: 'contests',
	order: 39,
	capability: 'read:workspace',
	title: (locale) => m.contest_section_title({}, { locale }),
	path: 'konkursi',
	load: async ({ db, organisation, locale, principal }) => {
		const rows = await listContestsOfOrganisation(db, organisation.id);
		const base = workspacePath(locale, organisation.slug, 'konkursi');
		return {
			count: rows.length,
			items: rows.slice(0, SHOWN).map((c) => ({ title: localized(c.title, locale), lang: localizedLang(c.title, locale), href: `${base}/${c.id}`, meta: contestState(c, locale) })),
			actions: can(principal, 'create:contest', { organisationId: organisation.id }) ? [{ href: `${base}/jauns`, label: m.contest_new({}, { locale }) }] : [],
			empty: m.contest_none_yet({}, { locale })
		};
	}
});
