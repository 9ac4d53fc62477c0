/** Two cards on the organisation workspace: the places it runs (with new visit requests) and its consultation lines. */
import { localized, localizedLang } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { can } from '../auth/permissions';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';
import { listLines } from './lines-repository';
import { placesOfOperator } from './places-lookup';
import { countNewVisits } from './visits-repository';

registerWorkspaceSection({
	id: 'places',
	order: 60,
	capability: 'read:visit_request',
	title: (locale) => m.cowork_section_places({}, { locale }),
	path: 'vietas',
	load: async ({ db, organisation, locale }) => {
		const places = await placesOfOperator(db, organisation.id);
		const base = workspacePath(locale, organisation.slug, 'vietas');
		const counts = await Promise.all(places.map((p) => countNewVisits(db, [p.id])));
		return {
			count: places.length,
			items: places.map((p, i) => ({ title: p.name, href: `${base}/${p.id}`, meta: m.cowork_visits_new_count({ count: counts[i] }, { locale }) })),
			actions: [],
			empty: m.cowork_places_none({}, { locale })
		};
	}
});

registerWorkspaceSection({
	id: 'consultation-lines',
	order: 61,
	capability: 'read:workspace',
	title: (locale) => m.cowork_lines_title({}, { locale }),
	path: 'konsultacijas',
	load: async ({ db, organisation, locale, principal }) => {
		const lines = await listLines(db, { organisationId: organisation.id }, { activeOnly: false });
		const base = workspacePath(locale, organisation.slug, 'konsultacijas');
		return {
			count: lines.length,
			items: lines.slice(0, 6).map((l) => ({ title: localized(l.title, locale), lang: localizedLang(l.title, locale), href: `${base}#line-${l.id}`, meta: l.active ? l.phone : `${l.phone} · ${m.cowork_line_inactive({}, { locale })}` })),
			actions: can(principal, 'create:consultation_line', { organisationId: organisation.id }) ? [{ href: `${base}#new-line`, label: m.cowork_line_add({}, { locale }) }] : [],
			empty: m.cowork_lines_none({}, { locale })
		};
	}
});
