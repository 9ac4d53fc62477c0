import type { PublicLocation } from '$lib/domain/public-location';
import type { LocalizedText } from '$lib/domain/types';
import { CANONICAL_COLUMNS } from '../import/columns';

/**
 * The columns of every export, in order: the importer's canonical columns, then slug and url.
 * Lists inside one cell (categories, products, labels) are joined with LIST_SEPARATOR.
 */
export const EXPORT_COLUMNS = [...CANONICAL_COLUMNS, 'slug', 'url'] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
/** One producer as exported: strings, numbers or null (an empty cell). */
export type ExportRow = Record<ExportColumn, string | number | null>;

/** A product name may contain commas; a vertical bar is rare in names and easy to split on. */
export const LIST_SEPARATOR = ' | ';

/** Everything the export knows about one published producer; `location` is already public. */
export type ExportSource = {
	slug: string;
	name: string;
	kind: string;
	externalId: string | null;
	description: LocalizedText;
	location: PublicLocation;
	/** The public point when it is the house itself (exact precision with stored coordinates), else null. */
	housePoint: { lat: number; lng: number } | null;
	phone: string | null;
	email: string | null;
	website: string | null;
	facebook: string | null;
	instagram: string | null;
	categorySlugs: string[];
	productNames: string[];
	labels: { slug: string; value: string | null }[];
	url: string;
};

export const PVD_LABEL = 'pvd';

const orNull = (value: string | null | undefined) => (value && value.trim() ? value : null);

/**
 * A producer as one export row. Coordinates are the house only with exact precision; with
 * locality/municipality precision the cells stay empty (the GeoJSON geometry carries the public
 * centre point instead), so a spreadsheet never holds more than the producer chose to show.
 */
export function toExportRow(p: ExportSource): ExportRow {
	const loc = p.location;
	const exactPoint = loc.precision === 'exact' ? p.housePoint : null;
	return {
		external_id: orNull(p.externalId),
		name: p.name,
		kind: p.kind,
		municipality: orNull(loc.municipality),
		locality: orNull(loc.locality),
		address: orNull(loc.address),
		lat: exactPoint?.lat ?? null,
		lng: exactPoint?.lng ?? null,
		location_precision: loc.precision,
		phone: orNull(p.phone),
		email: orNull(p.email),
		website: orNull(p.website),
		facebook: orNull(p.facebook),
		instagram: orNull(p.instagram),
		categories: joinList(p.categorySlugs),
		products: joinList(p.productNames),
		description_lv: orNull(p.description.lv),
		description_en: orNull(p.description.en),
		description_ro: orNull(p.description.ro),
		description_ru: orNull(p.description.ru),
		labels: joinList(p.labels.map((l) => l.slug)),
		pvd_number: orNull(p.labels.find((l) => l.slug === PVD_LABEL)?.value),
		slug: p.slug,
		url: p.url
	};
}

export function joinList(values: readonly string[]): string | null {
	const clean = values.map((v) => v.replaceAll('|', '/').trim()).filter(Boolean);
	return clean.length ? clean.join(LIST_SEPARATOR) : null;
}
