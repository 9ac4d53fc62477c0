/** The cooperation profiles' card on the organisation workspace: its offers and requests and "new profile". */
import { localized, localizedLang } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { registerListSection } from '../workspace/list-section';
import { listProfilesOfOwner } from './profiles-repository';

const STATUS: Record<string, (locale: 'lv' | 'en' | 'ro' | 'ru') => string> = {
	draft: (locale) => m.coop_status_draft({}, { locale }),
	pending: (locale) => m.coop_status_pending({}, { locale }),
	published: (locale) => m.coop_status_published({}, { locale }),
	rejected: (locale) => m.coop_status_rejected({}, { locale }),
	expired: (locale) => m.coop_status_expired({}, { locale }),
	withdrawn: (locale) => m.coop_status_withdrawn({}, { locale })
};

registerListSection({
	id: 'cooperation',
	order: 41,
	title: (locale) => m.coop_section_title({}, { locale }),
	path: 'sadarbiba',
	rows: ({ db, organisation }) => listProfilesOfOwner(db, { organisationId: organisation.id }),
	item: (p, locale) => ({ title: localized(p.title, locale), lang: localizedLang(p.title, locale), meta: STATUS[p.status]?.(locale) ?? p.status }),
	create: { capability: 'create:cooperation_profile', suffix: '/jauns', label: (locale) => m.coop_new({}, { locale }) },
	empty: (locale) => m.coop_none_yet({}, { locale })
});
