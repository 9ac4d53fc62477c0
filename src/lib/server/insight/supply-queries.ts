/**
 * Page data of supply coverage (issue 20): published producers matching the filters per
 * municipality (for the map's proportional symbols and the sortable table), per category in the
 * area, and per LAG territory.
 */
import { kindLabel } from '$lib/contracts/producers/format';
import { project } from '$lib/contracts/insight/projection';
import type { Locale } from '$lib/i18n/locales';
import { sortLatvian } from '$lib/text/collation';
import { producerKind } from '../db/schema';
import type { Db } from '../db/types';
import { coveredMunicipalities, localActionGroups } from './areas-repository';
import { areaMunicipalities, type InsightScope } from './scope';
import { searchPort } from '../search';

export const SUPPLY_SORTS = ['name', 'producers'] as const;
export type SupplySort = { by: (typeof SUPPLY_SORTS)[number]; descending: boolean };

export function readSupplySort(url: URLSearchParams): SupplySort {
	const by = url.get('kartot') === 'razotaji' ? 'producers' : 'name';
	const dir = url.get('virziens');
	return { by, descending: dir ? dir === 'dilstosi' : by === 'producers' };
}

export async function supplyCoverage(db: Db, scope: InsightScope, sort: SupplySort, locale: Locale) {
	const labelId = scope.labels.find((l) => l.slug === scope.params.label)?.id ?? null;
	const kind = (producerKind.enumValues as readonly string[]).includes(scope.params.kind ?? '') ? scope.params.kind : null;
	const counts = await searchPort().supplyCounts(db, { categoryId: scope.categoryId, labelId, kind });
	const inArea = areaMunicipalities(scope);
	const rows = inArea.map((m) => ({
		slug: m.slug,
		name: m.label,
		producers: counts.byMunicipality.get(m.id) ?? 0,
		point: m.lat !== null && m.lng !== null ? project(m.lng, m.lat) : null,
		inTerritory: scope.territory.includes(m.id)
	}));
	const ordered = sort.by === 'name' ? sortLatvian(rows, (r) => r.name) : [...rows].sort((a, b) => a.producers - b.producers || a.name.localeCompare(b.name, 'lv'));
	if (sort.descending) ordered.reverse();

	const areaIds = new Set(inArea.map((m) => m.id));
	const perCategory = new Map<number, number>();
	for (const [mun, cats] of counts.byMunicipalityCategory) if (areaIds.has(mun)) for (const [c, n] of cats) perCategory.set(c, (perCategory.get(c) ?? 0) + n);

	const lags = await localActionGroups(db);
	const covered = await coveredMunicipalities(db, lags.map((l) => l.id), scope.municipalities);
	return {
		filters: {
			labelId,
			kind,
			kinds: producerKind.enumValues.map((k) => ({ value: k, label: kindLabel(k, locale) })),
			labels: scope.labels.map((l) => ({ value: l.slug, label: l.label })),
			categories: scope.categories.map((c) => ({ value: c.slug, label: c.parentId === null ? c.label : `— ${c.label}` }))
		},
		total: inArea.reduce((a, m) => a + (counts.byMunicipality.get(m.id) ?? 0), 0),
		municipalities: ordered,
		largest: Math.max(0, ...rows.map((r) => r.producers)),
		categories: scope.categories.map((c) => ({ slug: c.slug, name: c.label, top: c.parentId === null, producers: perCategory.get(c.id) ?? 0 })),
		lags: sortLatvian(
			lags.filter((l) => (covered.get(l.id) ?? []).length),
			(l) => l.name
		).map((l) => ({ slug: l.slug, name: l.name, municipalities: covered.get(l.id)!.length, producers: covered.get(l.id)!.reduce((a, id) => a + (counts.byMunicipality.get(id) ?? 0), 0) }))
	};
}
