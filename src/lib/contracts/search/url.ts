import type { SearchParams } from './types';

/** The URL query of a search (empty and default values left out), for links and the canonical form. */
export function searchQueryString(p: SearchParams, overrides: Partial<SearchParams> = {}): string {
	const s = { ...p, ...overrides };
	const out = new URLSearchParams();
	if (s.q) out.set('q', s.q);
	for (const t of s.types) out.append('type', t);
	for (const v of s.categories) out.append('category', v);
	for (const v of s.kinds) out.append('kind', v);
	for (const v of s.labels) out.append('label', v);
	for (const v of s.regions) out.append('region', v);
	for (const v of s.municipalities) out.append('municipality', v);
	if (s.openNow) out.set('open', '1');
	if (s.near) out.set('near', `${round(s.near.lat)},${round(s.near.lng)}`);
	if (s.nearPlace) out.set('near_place', s.nearPlace);
	if (s.radiusKm !== null && (s.near || s.nearPlace)) out.set('radius', String(s.radiusKm));
	if (s.sort !== 'relevance') out.set('sort', s.sort);
	if (!s.placeWords) out.set('noplace', '1');
	if (s.page > 1) out.set('page', String(s.page));
	const qs = out.toString();
	return qs ? `?${qs}` : '';
}

const round = (n: number) => Math.round(n * 10000) / 10000;

/** /lv/meklet?… for these parameters. */
export function searchUrl(locale: string, p: SearchParams, overrides: Partial<SearchParams> = {}): string {
	return `/${locale}/meklet${searchQueryString(p, overrides)}`;
}
