import type { Db } from '$lib/server/db/types';
import { listTerritoriesByKind } from '$lib/server/geography/territories-repository';
import { listCategories, type CategoryRow } from '$lib/server/taxonomy/categories-repository';
import { categoryScope } from '$lib/server/taxonomy/domain';
import { listLabels } from '$lib/server/taxonomy/labels-repository';
import type { DirectoryFilter, ProducerKind } from './producers-repository';

/** The producer directory's filters as they arrive in a URL: slugs, not ids. */
export type DirectoryFilterSlugs = { category?: string; region?: string; municipality?: string; label?: string; kind?: ProducerKind };
export type FilterSlugParam = 'category' | 'region' | 'municipality' | 'label';

export type ResolvedDirectoryFilter = {
	filter: DirectoryFilter;
	/** Slugs that name nothing, in the order the parameters are listed; each caller words its own error. */
	unknown: { param: FilterSlugParam; value: string }[];
	/** The whole taxonomy, read anyway to resolve the category (the API orders each item's chips with it). */
	categories: CategoryRow[];
};

/**
 * Filter slugs to ids, one way for the API's producer list and the exports (which must select the
 * same producers for the same URL). A top-level category includes its subcategories.
 */
export async function resolveDirectoryFilter(db: Db, p: DirectoryFilterSlugs): Promise<ResolvedDirectoryFilter> {
	const [categories, labels, regions, municipalities] = await Promise.all([
		listCategories(db),
		listLabels(db),
		listTerritoriesByKind(db, 'planning_region'),
		listTerritoriesByKind(db, 'municipality')
	]);
	const scope = p.category ? categoryScope(categories, p.category) : undefined;
	const region = p.region ? regions.find((r) => r.slug === p.region) : undefined;
	const municipality = p.municipality ? municipalities.find((m) => m.slug === p.municipality) : undefined;
	const label = p.label ? labels.find((l) => l.slug === p.label) : undefined;
	const found: Record<FilterSlugParam, unknown> = { category: scope, region, municipality, label };
	const unknown = (['category', 'region', 'municipality', 'label'] as const)
		.filter((param) => p[param] && !found[param])
		.map((param) => ({ param, value: p[param] as string }));
	return {
		filter: { categoryIds: scope?.ids, regionId: region?.id, municipalityId: municipality?.id, kind: p.kind, labelId: label?.id },
		unknown,
		categories
	};
}
