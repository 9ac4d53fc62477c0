/** The surveys' card on the organisation workspace: the latest surveys and, for staff who may, "new survey". */
import { localized, localizedLang } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { registerListSection } from '../workspace/list-section';
import { listSurveysOfOrganisation } from './surveys-repository';

const STATUS = { draft: m.survey_build_status_draft, open: m.survey_build_status_open, closed: m.survey_build_status_closed } as const;

registerListSection({
	id: 'surveys',
	order: 37,
	title: (locale) => m.survey_build_section_title({}, { locale }),
	path: 'aptaujas',
	// the most recently changed first: the ones staff are working on
	rows: async ({ db, organisation }) => (await listSurveysOfOrganisation(db, organisation.id)).sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime()),
	item: (s, locale) => ({ title: localized(s.title, locale), lang: localizedLang(s.title, locale), meta: STATUS[s.status]({}, { locale }) }),
	create: { capability: 'create:survey', suffix: '/jauna', label: (locale) => m.survey_build_new({}, { locale }) },
	empty: (locale) => m.survey_build_none_yet({}, { locale })
});
