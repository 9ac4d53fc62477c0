/** Turns a draft value into readable lines for the side-by-side diff (text per language, hours, names). */
import { m } from '$lib/paraglide/messages';
import { describeOpeningHours } from '$lib/i18n/days';

export type Lookup = { categories: Record<number, string>; labels: Record<number, string>; territories: Record<number, string> };

const message = (key: string): string | null => {
	const fn = (m as unknown as Record<string, (() => string) | undefined>)[key];
	return typeof fn === 'function' ? fn() : null;
};

const KIND_PREFIX: Record<string, string> = { producer: 'prod_kind_', sales_point: 'prod_sp_kind_', place: 'place_kind_' };

function isLocalizedText(v: unknown): v is Record<string, string> {
	return !!v && typeof v === 'object' && !Array.isArray(v) && 'lv' in (v as object);
}

export function isEmpty(v: unknown): boolean {
	return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

export function formatValue(entityType: string, field: string, value: unknown, lookup: Lookup, locale: string): string[] {
	if (isEmpty(value)) return [];
	if (isLocalizedText(value)) {
		return Object.entries(value)
			.filter(([, t]) => t)
			.map(([lang, t]) => `${lang.toUpperCase()}: ${t}`);
	}
	switch (field) {
		case 'openingHours':
			return typeof value === 'string' ? describeOpeningHours(value, locale, new Date().toISOString().slice(0, 10)) : [JSON.stringify(value)];
		case 'categoryIds':
			return (value as number[]).map((id) => lookup.categories[id] ?? `#${id}`);
		case 'labelIds':
			return (value as number[]).map((id) => lookup.labels[id] ?? `#${id}`);
		case 'categoryId':
			return [lookup.categories[value as number] ?? `#${value}`];
		case 'municipalityId':
		case 'localityId':
			return [lookup.territories[value as number] ?? `#${value}`];
		case 'kind':
			return [message(`${KIND_PREFIX[entityType] ?? ''}${value}`) ?? String(value)];
		case 'unit':
			return [message(`prod_unit_${value}`) ?? String(value)];
		case 'locationPrecision':
			return [message(`moderation_precision_${value}`) ?? String(value)];
		case 'priceCents':
			return [new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format((value as number) / 100)];
		case 'amenities':
			return (value as string[]).map((a) => message(`place_amenity_${a}`) ?? a);
		default:
			return Array.isArray(value) ? value.map(String) : [typeof value === 'object' ? JSON.stringify(value) : String(value)];
	}
}

/** For screen readers and the no-value cell. */
export const emptyText = (): string => m.moderation_value_empty();
