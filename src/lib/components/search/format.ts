import { m } from '$lib/paraglide/messages';
import { organisationKindLabel, placeKindLabel, producerKindLabel, salesPointKindLabel } from '$lib/components/listings/labels';
import type { ResultType } from './types';

/** Any listing kind (they are distinct across types: farm, market, lag, coworking …). */
export function anyKindLabel(kind: string): string {
	for (const label of [producerKindLabel, salesPointKindLabel, organisationKindLabel, placeKindLabel]) {
		const text = label(kind);
		if (text !== kind) return text;
	}
	return kind;
}

export const typeLabel: Record<ResultType, () => string> = {
	producer: m.search_type_producer,
	sales_point: m.search_type_sales_point,
	organisation: m.search_type_organisation,
	place: m.search_type_place
};

export const groupCount: Record<ResultType, (i: { count: number }) => string> = {
	producer: m.search_group_producer,
	sales_point: m.search_group_sales_point,
	organisation: m.search_group_organisation,
	place: m.search_group_place
};

/** "850 m", "3,4 km", "27 km" in the page's language. */
export function formatDistance(km: number, locale: string): string {
	if (km < 1) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', maximumFractionDigits: 0 }).format(Math.max(10, Math.round(km * 100) * 10));
	return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}
