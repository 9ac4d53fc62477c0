/** Regional insight's three sections of the organisation workspace (issue 20): demand, supply, interviews. */
import { m } from '$lib/paraglide/messages';
import { rigaMoment } from '$lib/domain/riga-time';
import { registerWorkspaceSection, workspacePath } from '../workspace/sections';
import { coveredMunicipalities, latvianMunicipalities } from './areas-repository';
import { topNeeds } from './demand-repository';
import { listInterviews } from './interviews-repository';
import { respondentLabel } from './matrix-queries';
import { searchPort } from '../search';
import { weekWindow } from './weeks';

registerWorkspaceSection({
	id: 'insight-demand',
	order: 30,
	capability: 'read:insight',
	title: (locale) => m.insight_demand_title({}, { locale }),
	path: 'pieprasijums',
	load: async ({ db, organisation, locale, now }) => {
		const all = await latvianMunicipalities(db);
		const territory = (await coveredMunicipalities(db, [organisation.id], all)).get(organisation.id) ?? [];
		const window = weekWindow(rigaMoment(now).date, 4);
		const needs = await topNeeds(db, { ...window, municipalityIds: territory.length && territory.length < all.length ? territory : null }, 5);
		const href = workspacePath(locale, organisation.slug, 'pieprasijums');
		return {
			count: needs.length,
			items: needs.map((n) => ({ title: n.label, href, meta: m.insight_searches_count({ count: n.searches }, { locale }) })),
			actions: [],
			empty: m.insight_demand_empty({}, { locale })
		};
	}
});

registerWorkspaceSection({
	id: 'insight-supply',
	order: 31,
	capability: 'read:insight',
	title: (locale) => m.insight_supply_title({}, { locale }),
	path: 'piedavajums',
	load: async ({ db, organisation, locale }) => {
		const all = await latvianMunicipalities(db);
		const territory = (await coveredMunicipalities(db, [organisation.id], all)).get(organisation.id) ?? [];
		const counts = await searchPort().supplyCounts(db);
		const ids = territory.length ? territory : all.map((mu) => mu.id);
		const producers = ids.reduce((a, id) => a + (counts.byMunicipality.get(id) ?? 0), 0);
		const empty = ids.filter((id) => !counts.byMunicipality.get(id)).length;
		return {
			count: producers,
			items: [{ title: m.insight_supply_summary({ producers, municipalities: ids.length, empty }, { locale }), href: workspacePath(locale, organisation.slug, 'piedavajums') }],
			actions: [],
			empty: ''
		};
	}
});

registerWorkspaceSection({
	id: 'insight-interviews',
	order: 32,
	capability: 'read:insight',
	title: (locale) => m.insight_interviews_title({}, { locale }),
	path: 'intervijas',
	load: async ({ db, organisation, locale }) => {
		const list = await listInterviews(db, organisation.id);
		const href = (id: string) => workspacePath(locale, organisation.slug, `intervijas/${id}`);
		return {
			count: list.length,
			items: list.slice(0, 5).map((i) => ({ title: i.reference, href: href(i.id), meta: `${respondentLabel(i.respondentType, locale)} · ${i.heldOn}` })),
			actions: [{ href: `${workspacePath(locale, organisation.slug, 'intervijas')}#jauna`, label: m.insight_interview_add({}, { locale }) }],
			empty: m.insight_interviews_empty({}, { locale })
		};
	}
});
