/** The programmes' card on the organisation workspace: its programmes and, for staff who may, "new programme". */
import { localized, localizedLang } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { registerListSection } from '../workspace/list-section';
import { listProgrammesOfOrganisation } from './programmes-repository';

const STATUS = { draft: m.prog_status_draft, published: m.prog_status_published, archived: m.prog_status_archived } as const;

registerListSection({
	id: 'programmes',
	order: 38,
	title: (locale) => m.prog_section_title({}, { locale }),
	path: 'programmas',
	rows: ({ db, organisation }) => listProgrammesOfOrganisation(db, organisation.id),
	item: (p, locale) => ({ title: localized(p.title, locale), lang: localizedLang(p.title, locale), meta: STATUS[p.status]({}, { locale }) }),
	create: { capability: 'create:programme', suffix: '/jauna', label: (locale) => m.prog_new({}, { locale }) },
	empty: (locale) => m.prog_none_yet({}, { locale })
});
