/** Each canonical import column as the reader of the admin page calls it, in their language. */
import { m } from '../../paraglide/messages';
import { headerKey, type Column } from './columns';
import type { Locale } from './fields';

type Message = (inputs: object, options: { locale: Locale }) => string;

const NAMES: Record<Column, Message> = {
	external_id: m.import_col_external_id,
	name: m.import_col_name,
	kind: m.import_col_kind,
	municipality: m.import_col_municipality,
	locality: m.import_col_locality,
	address: m.import_col_address,
	lat: m.import_col_lat,
	lng: m.import_col_lng,
	location_precision: m.import_col_location_precision,
	phone: m.import_col_phone,
	email: m.import_col_email,
	website: m.import_col_website,
	facebook: m.import_col_facebook,
	instagram: m.import_col_instagram,
	categories: m.import_col_categories,
	products: m.import_col_products,
	description_lv: m.import_col_description_lv,
	description_en: m.import_col_description_en,
	description_ro: m.import_col_description_ro,
	description_ru: m.import_col_description_ru,
	labels: m.import_col_labels,
	pvd_number: m.import_col_pvd_number
};

/** "phone" → "Tālrunis"; a name that is not a column (a file's own header) is returned as it is. */
export function columnName(column: string, locale: Locale): string {
	const name = (NAMES as Record<string, Message | undefined>)[column];
	return name ? name({}, { locale }) : column;
}

/** For a note that asks for a column: "Novads (municipality)", the header the importer reads beside the reader's word. */
export function columnNameWithHeader(column: string, locale: Locale): string {
	const name = columnName(column, locale);
	return headerKey(name) === headerKey(column) ? name : `${name} (${column})`;
}
