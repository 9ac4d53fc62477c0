/**
 * The saved search and its name for the alert form on each page: a directory selection (a
 * category page), a municipality or region page, a search.
 */
import { searchQueryString } from '$lib/contracts/search/url';
import { anyKindLabel } from '$lib/components/search/format';
import type { SearchResponse } from '$lib/contracts/search/types';
import { activeFilterNames, selectionQuery } from '$lib/contracts/producers/selection';
import { kindLabel } from '$lib/contracts/producers/format';
import type { DirectoryOptions, DirectorySelection } from '$lib/contracts/producers/types';

export type AlertTarget = { query: string; label: string; point: boolean };

export function directoryAlert(selection: DirectorySelection, options: DirectoryOptions): AlertTarget | null {
	const names = activeFilterNames(selection, options, kindLabel);
	if (names.length === 0) return null;
	return { query: selectionQuery({ ...selection, sort: 'name' }).replace(/^\?/, ''), label: names.map(([, name]) => name).join(' · '), point: false };
}

/** A search as an alert: its words and every filter, never its page, order or "open now". */
export function searchAlert(r: SearchResponse, nearLabel: (radiusKm: number, place: string | null) => string): AlertTarget | null {
	const p = r.params;
	if (!p.q && !p.categories.length && !p.kinds.length && !p.labels.length && !p.regions.length && !p.municipalities.length && !r.origin) return null;
	const selected = (values: SearchResponse['facets']['category']) => values.filter((v) => v.selected).map((v) => v.label);
	const f = r.facets;
	const parts = [
		...(p.q ? [`“${p.q}”`] : []),
		...selected(f.category),
		...selected(f.kind).map((k) => anyKindLabel(k)),
		...selected(f.label),
		...selected(f.municipality),
		...selected(f.region),
		...(r.origin ? [nearLabel(p.radiusKm ?? 25, r.origin.label)] : [])
	];
	const query = searchQueryString(p, { types: [], sort: 'relevance', page: 1, openNow: false }).replace(/^\?/, '');
	return { query, label: parts.join(' · '), point: p.near !== null };
}
