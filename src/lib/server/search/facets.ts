/** The search flow's facets (flow.ts): counts per filter value, each counted with the other filters applied. */
import { localized } from '../../domain/localized';
import type { FacetValue, Facets, SearchParams } from '../../contracts/search/types';
import { RESULT_ORDER } from './document-kinds';
import type { RankedPage } from './engine';
import type { SearchReference } from './reference';

export const RADIUS_STEPS = [5, 10, 25, 50, 100];

/** Facets from the counts ranked-repository.ts computed in SQL. */
export function buildFacets(ref: SearchReference, counts: RankedPage['facets'], p: SearchParams, locale: string, hasOrigin: boolean): Facets {
	const value = (v: string, label: string, count: number, selected: boolean): FacetValue => ({ value: v, label, count, selected });
	const sortValues = (xs: FacetValue[]) => xs.sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.label.localeCompare(b.label, 'lv'));

	const types = counts.type;
	const kinds = counts.kind;
	const cats = counts.category;
	const labels = counts.label;
	const regions = counts.region;
	const muns = counts.municipality;
	const territoryName = (id: string) => {
		const t = ref.territories.get(Number(id));
		return t ? { slug: t.slug, name: localized(t.name, locale), kind: t.kind } : null;
	};
	const facetOfTerritories = (counts: Map<string, number>, kind: string, selected: readonly string[]) =>
		sortValues(
			[...counts].flatMap(([id, n]) => {
				const t = territoryName(id);
				return t && t.kind === kind ? [value(t.slug, t.name, n, selected.includes(t.slug))] : [];
			})
		);
	const openCount = counts.open;
	const radius = hasOrigin ? RADIUS_STEPS.map((km) => value(String(km), `${km}`, counts.radius.get(km) ?? 0, p.radiusKm === km)) : [];
	return {
		type: RESULT_ORDER.map((t) => value(t, t, types.get(t) ?? 0, p.types.includes(t))).filter((v) => v.count > 0 || v.selected),
		category: sortValues(
			ref.categories.flatMap((c) => {
				const n = cats.get(String(c.id)) ?? 0;
				const selected = p.categories.includes(c.slug);
				return n > 0 || selected ? [value(c.slug, localized(c.name, locale), n, selected)] : [];
			})
		),
		kind: sortValues([...kinds].map(([k, n]) => value(k, k, n, p.kinds.includes(k)))),
		label: sortValues(
			ref.labels.flatMap((l) => {
				const n = labels.get(String(l.id)) ?? 0;
				const selected = p.labels.includes(l.slug);
				return n > 0 || selected ? [value(l.slug, localized(l.name, locale), n, selected)] : [];
			})
		),
		region: facetOfTerritories(regions, 'planning_region', p.regions),
		municipality: facetOfTerritories(muns, 'municipality', p.municipalities),
		openNow: openCount,
		radius
	};
}
