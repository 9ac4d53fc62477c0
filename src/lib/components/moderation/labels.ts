/** Localized names of what the moderation pages show: listing types, sources, draft fields. */
import { m } from '$lib/paraglide/messages';

type Msg = () => string;

const TYPES: Record<string, Msg> = {
	producer: m.moderation_type_producer,
	product: m.moderation_type_product,
	sales_point: m.moderation_type_sales_point,
	place: m.moderation_type_place
};

const SOURCES: Record<string, Msg> = {
	suggestion: m.moderation_source_suggestion,
	owner: m.moderation_source_owner,
	moderator: m.moderation_source_moderator,
	import: m.moderation_source_import
};

const FIELDS: Record<string, Msg> = {
	name: m.moderation_field_name,
	kind: m.moderation_field_kind,
	description: m.moderation_field_description,
	municipalityId: m.moderation_field_municipality,
	localityId: m.moderation_field_locality,
	address: m.moderation_field_address,
	postalCode: m.moderation_field_postal_code,
	lat: m.moderation_field_lat,
	lng: m.moderation_field_lng,
	locationPrecision: m.moderation_field_location_precision,
	phone: m.contact_phone,
	email: m.contact_email,
	website: m.contact_website,
	facebook: m.contact_facebook,
	instagram: m.contact_instagram,
	foundedYear: m.moderation_field_founded_year,
	categoryIds: m.moderation_field_categories,
	labelIds: m.moderation_field_labels,
	producerId: m.moderation_type_producer,
	categoryId: m.moderation_field_category,
	priceCents: m.moderation_field_price,
	unit: m.moderation_field_unit,
	unitAmount: m.moderation_field_unit_amount,
	seasonFrom: m.moderation_field_season_from,
	seasonTo: m.moderation_field_season_to,
	sortOrder: m.moderation_field_sort_order,
	openingHours: m.moderation_field_opening_hours,
	hoursNote: m.moderation_field_hours_note,
	amenities: m.moderation_field_amenities,
	operatorName: m.moderation_field_operator
};

export const typeLabel = (t: string): string => TYPES[t]?.() ?? t;
export const sourceLabel = (s: string): string => SOURCES[s]?.() ?? s;
export const fieldLabel = (f: string): string => FIELDS[f]?.() ?? f;
