/** The surveys' card on the organisation workspace: the latest surveys and, for staff who may, "new survey". */
import { localized, localizedLang } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { can } from '../auth/permissions';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';
import { listSurveysOfOrganisation } from './surveys-repository';

const SHOWN = 6;
const STATUS = { draft: m.survey_build_status_draft, open: m.survey_build_status_open, closed: m.survey_build_status_closed } as const;

registerWorkspaceSection({
	id: 'surveys',
	order: 37,
	capability: 'read:workspace',
	title: (locale) => m.survey_build_section_title({}, { locale }),
	path: 'aptaujas',
	load: async ({ db, organisation, locale, principal }) => {
		// the most recently changed first: the ones staff are working on
		const rows = (await listSurveysOfOrganisation(db, organisation.id)).sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
		const base = workspacePath(locale, organisation.slug, 'aptaujas');
		return {
			count: rows.length,
			items: rows.slice(0, SHOWN).map((s) => ({
				title: localized(s.title, locale),
				lang: localizedLang(s.title, locale),
				href: `${base}/${s.id}`,
				meta: STATUS[s.status]({}, { locale })
			})),
			actions: can(principal, 'create:survey', { organisationId: organisation.id }) ? [{ href: `${base}/jauna`, label: m.survey_build_new({}, { locale }) }] : [],
			empty: m.survey_build_none_yet({}, { locale })
		};
	}
});
