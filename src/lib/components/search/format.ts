import { m } from '$lib/paraglide/messages';
import { organisationKindLabel, placeKindLabel, producerKindLabel, salesPointKindLabel } from '$lib/contracts/listings/labels';
import { placeLine } from '$lib/domain/place-line';
import { LIBRARY_KIND_LABEL } from '$lib/library/kind-label';
import type { ResultType, SearchHit } from '$lib/contracts/search/types';

export { placeLine };

/** A library material's kind ("Virtuālā ekskursija"), or the value itself when it is not one. */
const libraryKindText = (kind: string) => (kind in LIBRARY_KIND_LABEL ? LIBRARY_KIND_LABEL[kind as keyof typeof LIBRARY_KIND_LABEL]() : kind);

/** Any result's kind (they are distinct across types: farm, market, lag, coworking, virtual_tour …). */
export function anyKindLabel(kind: string): string {
	for (const label of [producerKindLabel, salesPointKindLabel, organisationKindLabel, placeKindLabel, libraryKindText]) {
		const text = label(kind);
		if (text !== kind) return text;
	}
	return kind;
}

export const typeLabel: Record<ResultType, () => string> = {
	producer: m.search_type_producer,
	sales_point: m.search_type_sales_point,
	organisation: m.search_type_organisation,
	place: m.search_type_place,
	library_item: m.search_type_library_item
};

export const groupCount: Record<ResultType, (i: { count: number }) => string> = {
	producer: m.search_group_producer,
	sales_point: m.search_group_sales_point,
	organisation: m.search_group_organisation,
	place: m.search_group_place,
	library_item: m.search_group_library_item
};

/** "850 m", "3,4 km", "27 km" in the page's language. */
export function formatDistance(km: number, locale: string): string {
	if (km < 1) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(Math.max(10, Math.round(km * 100) * 10));
	return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

/**
 * How far a hit is, honestly (issue 12, item 8): a listing that shows only its municipality or
 * village sits at that centre, so "500 m from you" would be false. Such a hit says where it is
 * ("in Jelgavas novads") and, only when farther than the area itself, about how far.
 */
const AREA_KM = { municipality: 25, locality: 5 } as const;

export function distanceLabel(hit: Pick<SearchHit, 'precision' | 'distanceKm' | 'locality' | 'municipality'>, origin: string, locale: string): string | null {
	if (hit.distanceKm === null) return null;
	if (hit.precision === 'exact') return m.search_distance({ distance: formatDistance(hit.distanceKm, locale), origin });
	const area = hit.precision === 'locality' && hit.locality ? 'locality' : 'municipality';
	const place = area === 'locality' && hit.locality !== hit.municipality ? placeLine(hit.locality, hit.municipality) : hit.municipality;
	if (hit.distanceKm <= AREA_KM[area]) return m.search_distance_in({ place });
	return m.search_distance_about_in({ place, distance: formatDistance(Math.round(hit.distanceKm), locale), origin });
}

/** Whether the hit's place line is said by distanceLabel already ("in Jelgavas novads"). */
export function placeInDistance(hit: Pick<SearchHit, 'precision' | 'distanceKm'>, origin: string | null): boolean {
	return origin !== null && hit.distanceKm !== null && hit.precision !== 'exact';
}
