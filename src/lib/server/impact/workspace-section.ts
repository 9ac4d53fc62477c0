/** The impact report's card on the organisation workspace: a link to the report of each project. */
import { m } from '$lib/paraglide/messages';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';
import { scopeChoices } from './scope-queries';

registerWorkspaceSection({
	id: 'impact-report',
	order: 90,
	capability: 'read:impact_report',
	title: (locale) => m.impact_title({}, { locale }),
	path: 'ietekme',
	load: async ({ db, organisation, locale }) => {
		const choices = await scopeChoices(db, organisation.id, organisation.name, locale);
		const base = workspacePath(locale, organisation.slug, 'ietekme');
		return {
			count: choices.length,
			items: choices.slice(0, 6).map((c) => ({ title: c.title, href: `${base}?par=${c.kind}:${c.id}`, meta: m.impact_section_meta({}, { locale }) })),
			actions: [],
			empty: m.impact_none({}, { locale })
		};
	}
});
