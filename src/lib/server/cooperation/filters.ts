/** The list's filters from a query string (the page and the API read the same names); anything unknown is ignored. */
import { COUNTRIES, DIRECTIONS, KINDS, WORK_LANGUAGES } from '$lib/domain/cooperation/kinds';
import type { PublicFilters } from './public-queries';

const pick = <T extends string>(list: readonly T[], v: string | null): T | undefined => (v && (list as readonly string[]).includes(v) ? (v as T) : undefined);
const int = (v: string | null) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

export const PAGE_SIZE = 20;

export function parseFilters(q: URLSearchParams): PublicFilters & { page: number } {
	return {
		direction: pick(DIRECTIONS, q.get('virziens')),
		kind: pick(KINDS, q.get('veids')),
		sector: int(q.get('nozare')),
		country: pick(COUNTRIES, q.get('valsts')?.toUpperCase() ?? null),
		region: int(q.get('regions')),
		language: pick(WORK_LANGUAGES, q.get('valoda')),
		q: (q.get('q') ?? '').slice(0, 100).trim() || undefined,
		page: Math.min(Math.max(int(q.get('lapa')) ?? 1, 1), 500)
	};
}

/** The query string of some filters (the pager's links keep the rest). */
export function filterQuery(f: PublicFilters, page?: number): string {
	const out = new URLSearchParams();
	const set = (k: string, v: string | number | undefined) => v !== undefined && v !== '' && out.set(k, String(v));
	set('virziens', f.direction);
	set('veids', f.kind);
	set('nozare', f.sector);
	set('valsts', f.country);
	set('regions', f.region);
	set('valoda', f.language);
	set('q', f.q);
	if (page && page > 1) set('lapa', page);
	const s = out.toString();
	return s ? `?${s}` : '';
}
