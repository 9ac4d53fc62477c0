/**
 * One spreadsheet row → a producer draft and the problems found, each with row, column and value.
 * Pure (the reference data comes in as matchers), so every rule is unit-tested without a database.
 * Errors make the row unusable (it is skipped); warnings are reported and the row is imported.
 */
import { DESCRIPTION_COLUMNS, descriptionLang, type Column, type RawRecord } from './columns';
import { cleanEmail, cleanPhone, cleanSocial, cleanUrl } from '../../forms/contact';
import {
	parseKind,
	parseNumber,
	parsePrecision,
	plausibleCoordinates,
	splitList,
	type Kind,
	type Precision
} from './fields';
import type { TaxonomyMatcher } from './taxonomy-match';
import type { TerritoryMatcher } from './territory-match';

export type IssueCode =
	| 'name_missing'
	| 'municipality_missing'
	| 'municipality_unknown'
	| 'municipality_historical'
	| 'locality_unknown'
	| 'locality_from_municipality'
	| 'kind_unknown'
	| 'precision_unknown'
	| 'coordinates_invalid'
	| 'phone_invalid'
	| 'email_invalid'
	| 'website_invalid'
	| 'social_invalid'
	| 'extra_values'
	| 'category_unknown'
	| 'categories_inferred'
	| 'no_category'
	| 'label_unknown'
	| 'product_no_category'
	| 'duplicate_in_file'
	| 'duplicate_existing'
	| 'possible_duplicate'
	| 'control_characters_removed';

export type Issue = {
	row: number;
	column: Column | null;
	value: string;
	code: IssueCode;
	severity: 'error' | 'warning';
	/** Named values the message shows: suggestions, the other row, the existing listing. */
	params?: Record<string, string>;
};

export type ProducerDraft = {
	row: number;
	externalId: string | null;
	name: string;
	kind: Kind;
	municipalityId: number;
	localityId: number | null;
	address: string | null;
	lat: number | null;
	lng: number | null;
	locationPrecision: Precision;
	phone: string | null;
	email: string | null;
	website: string | null;
	facebook: string | null;
	instagram: string | null;
	categoryIds: number[];
	/** categoryId null: the product's category could not be told; it is kept uncategorised (with a warning). */
	products: { name: string; categoryId: number | null }[];
	description: { lv?: string; en?: string; ro?: string; ru?: string };
	labels: { labelId: number; value: string | null }[];
};

export type Matchers = { territories: TerritoryMatcher; taxonomy: TaxonomyMatcher };

export type RowResult = { draft: ProducerDraft | null; issues: Issue[] };

/** Product names: ";" or "|" always separate, "," too (names with commas are rare in these lists). */
export const splitProducts = (cell: string) => splitList(cell, /\s*[;|,\n]\s*/);

export function validateRow(row: number, record: RawRecord, matchers: Matchers): RowResult {
	const issues: Issue[] = [];
	const issue = (column: Column | null, code: IssueCode, severity: Issue['severity'], params?: Record<string, string>) =>
		issues.push({ row, column, value: column ? (record[column] ?? '') : '', code, severity, ...(params && { params }) });
	const error = (column: Column | null, code: IssueCode, params?: Record<string, string>) => issue(column, code, 'error', params);
	const warn = (column: Column | null, code: IssueCode, params?: Record<string, string>) => issue(column, code, 'warning', params);
	const suggestions = (list: string[]) => ({ suggestions: list.join(', ') });

	const name = record.name?.replace(/\s+/g, ' ') ?? '';
	if (!name) error('name', 'name_missing');

	// ---- where
	let municipalityId: number | null = null;
	let localityId: number | null = null;
	if (record.municipality) {
		const found = matchers.territories.resolveMunicipality(record.municipality);
		if (found.ok) {
			municipalityId = found.municipality.id;
			localityId = found.locality?.id ?? null;
			if (found.via) warn('municipality', 'municipality_historical', { municipality: found.municipality.name.lv });
			if (found.locality && !record.locality) warn('municipality', 'locality_from_municipality', { locality: found.locality.name.lv });
		} else error('municipality', 'municipality_unknown', suggestions(found.suggestions));
	} else error('municipality', 'municipality_missing');
	if (record.locality && municipalityId !== null) {
		const found = matchers.territories.resolveLocality(municipalityId, record.locality);
		if (found.ok) localityId = found.locality.id;
		else warn('locality', 'locality_unknown', suggestions(found.suggestions));
	}

	let kind: Kind = 'home_producer';
	if (record.kind) {
		const parsed = parseKind(record.kind);
		if (parsed) kind = parsed;
		else error('kind', 'kind_unknown');
	}

	let lat: number | null = null;
	let lng: number | null = null;
	if (record.lat || record.lng) {
		const a = record.lat ? parseNumber(record.lat) : null;
		const b = record.lng ? parseNumber(record.lng) : null;
		if (a !== null && b !== null && plausibleCoordinates(a, b)) [lat, lng] = [a, b];
		else error(record.lat && a !== null ? 'lng' : 'lat', 'coordinates_invalid');
	}
	// privacy first: without an explicit choice a home producer is shown at its village or novads
	let locationPrecision: Precision = localityId !== null ? 'locality' : 'municipality';
	if (record.location_precision) {
		const parsed = parsePrecision(record.location_precision);
		if (parsed) locationPrecision = parsed;
		else error('location_precision', 'precision_unknown');
	}

	// ---- contacts: the first of several values is kept
	const first = (column: Column, parse: (s: string) => string | null, code: IssueCode, report = error): string | null => {
		const cell = record[column];
		if (!cell) return null;
		const values = splitList(cell, /\s*[;,|\n]\s*|\s+(?:un|vai|or)\s+/);
		const parsed = parse(values[0] ?? cell);
		if (parsed === null) report(column, code);
		else if (values.length > 1) warn(column, 'extra_values', { kept: parsed });
		return parsed;
	};
	// a phone number nobody can dial is left empty (and said so): the rest of the listing is still worth having
	const phone = first('phone', cleanPhone, 'phone_invalid', warn);
	const email = first('email', cleanEmail, 'email_invalid');
	const website = record.website ? cleanUrl(record.website) : null;
	if (record.website && !website) error('website', 'website_invalid');
	const facebook = record.facebook ? cleanSocial(record.facebook, 'facebook.com') : null;
	if (record.facebook && !facebook) error('facebook', 'social_invalid');
	const instagram = record.instagram ? cleanSocial(record.instagram, 'instagram.com') : null;
	if (record.instagram && !instagram) error('instagram', 'social_invalid');

	// ---- what: categories named, or inferred from the products
	const categoryIds: number[] = [];
	for (const c of record.categories ? splitList(record.categories, /\s*[;|\n]\s*/) : []) {
		const found = matchers.taxonomy.category(c);
		if ('id' in found) {
			if (!categoryIds.includes(found.id)) categoryIds.push(found.id);
		}
		else error('categories', 'category_unknown', { category: c, ...suggestions(found.suggestions) });
	}
	const productNames = record.products ? [...new Set(splitProducts(record.products))] : [];
	const inferred = productNames.map((p) => matchers.taxonomy.categoryOfProduct(p));
	if (!record.categories) {
		for (const id of inferred) if (id !== null && !categoryIds.includes(id)) categoryIds.push(id);
		if (categoryIds.length) warn('products', 'categories_inferred', { categories: categoryIds.map(matchers.taxonomy.categoryName).join(', ') });
	}
	if (categoryIds.length === 0 && !issues.some((i) => i.code === 'category_unknown')) warn(record.products ? 'products' : 'categories', 'no_category');
	const products: ProducerDraft['products'] = [];
	productNames.forEach((p, i) => {
		const categoryId = inferred[i] !== null && (categoryIds.includes(inferred[i]!) || !record.categories) ? inferred[i]! : (categoryIds[0] ?? null);
		// never dropped: a product whose category cannot be told is kept without one, and the report says which
		if (categoryId === null) warn('products', 'product_no_category', { product: p });
		products.push({ name: p, categoryId });
	});

	const labels: ProducerDraft['labels'] = [];
	for (const l of record.labels ? splitList(record.labels, /\s*[;|,\n]\s*/) : []) {
		const found = matchers.taxonomy.label(l);
		if ('id' in found) {
			if (!labels.some((x) => x.labelId === found.id)) labels.push({ labelId: found.id, value: null });
		}
		else error('labels', 'label_unknown', { label: l, ...suggestions(found.suggestions) });
	}
	const pvd = matchers.taxonomy.pvdLabelId;
	if (record.pvd_number && pvd !== null) {
		const existing = labels.find((l) => l.labelId === pvd);
		if (existing) existing.value = record.pvd_number;
		else labels.push({ labelId: pvd, value: record.pvd_number });
	}

	if (issues.some((i) => i.severity === 'error') || municipalityId === null) return { draft: null, issues };
	return {
		issues,
		draft: {
			row,
			externalId: record.external_id ?? null,
			name,
			kind,
			municipalityId,
			localityId,
			address: record.address ?? null,
			lat,
			lng,
			locationPrecision,
			phone,
			email,
			website,
			facebook,
			instagram,
			categoryIds,
			products,
			description: Object.fromEntries(DESCRIPTION_COLUMNS.filter((c) => record[c]).map((c) => [descriptionLang(c), record[c]])),
			labels
		}
	};
}
