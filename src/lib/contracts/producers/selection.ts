import type { DirectoryOptions, DirectorySelection } from './types';

/** Directory filter parameters in the order they appear in URLs. Shared by server and page. */
export const FILTER_PARAMS = ['category', 'region', 'municipality', 'kind', 'label'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** The URL query of a selection in a fixed order, without defaults: one URL per result page. */
export function selectionQuery(selection: DirectorySelection, page = 1): string {
	const params = new URLSearchParams();
	for (const param of FILTER_PARAMS) if (selection[param]) params.set(param, selection[param]);
	if (selection.sort !== 'name') params.set('sort', selection.sort);
	if (page > 1) params.set('page', String(page));
	const qs = params.toString();
	return qs ? `?${qs}` : '';
}

/** The same selection without one filter (for the removable chips); the page goes back to 1. */
export function withoutFilter(selection: DirectorySelection, param: FilterParam): string {
	return selectionQuery({ ...selection, [param]: '' });
}

/** The active filters with their names, in URL order ("Medus", "Vidzeme", …): chips and alerts name them alike. */
export function activeFilterNames(selection: DirectorySelection, options: DirectoryOptions, kindName: (kind: string) => string): [FilterParam, string][] {
	const labelOf = (list: { value: string; label: string }[], value: string) => list.find((o) => o.value === value)?.label ?? value;
	return (
		[
			['category', labelOf(options.categories, selection.category)],
			['region', labelOf(options.regions, selection.region)],
			['municipality', labelOf(options.municipalityGroups.flatMap((g) => g.options), selection.municipality)],
			['kind', kindName(selection.kind)],
			['label', labelOf(options.labels, selection.label)]
		] as [FilterParam, string][]
	).filter(([param]) => selection[param]);
}
