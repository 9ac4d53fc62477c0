import { z } from 'zod';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import { PRODUCER_KINDS } from '$lib/server/producers/producers-repository';
import { SALES_POINT_KINDS } from '$lib/server/sales-points/sales-points-repository';
import { ORGANISATION_KINDS } from '$lib/server/organisations/organisations-repository';
import { PLACE_KINDS } from '$lib/server/places/places-repository';

/**
 * Query parameters of the public API. Each endpoint's parameters are one zod object; the same
 * schemas validate requests and describe the parameters in the OpenAPI document (openapi.ts).
 * Every value arrives as a string; an empty value (`?category=`) counts as not given.
 */

export type ParamError = { param: string; message: string };
export type Parsed<T> = { ok: true; params: T } | { ok: false; errors: ParamError[] };

export const DEFAULT_PER_PAGE = 24;
export const MAX_PER_PAGE = 100;
/** Keeps offsets small integers whatever is typed; no list has anywhere near this many pages. */
export const MAX_PAGE = 100_000;
/** Slugs are short; anything longer cannot name anything. */
const MAX_SLUG = 80;

function wholeNumber(min: number, max: number, fallback: number, description: string) {
	return z
		.preprocess(
			// a long run of digits is "too big", not "not a number"
			(v) => (typeof v === 'string' && /^\d+$/.test(v) ? (v.length > 15 ? Number.MAX_SAFE_INTEGER : Number(v)) : v),
			z
				.int({ error: 'must be a whole number' })
				.min(min, { error: `must be at least ${min}` })
				.max(max, { error: `must be at most ${max}` })
		)
		.default(fallback)
		.meta({ description });
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T, description: string) {
	return z.enum(values, { error: `must be one of: ${values.join(', ')}` }).meta({ description });
}

/** Control characters (NUL above all, which PostgreSQL refuses in text) never reach a query. */
export function hasControlCharacters(value: string): boolean {
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c < 0x20 || c === 0x7f) return true;
	}
	return false;
}

/** A path slug worth looking up: short and free of control characters (anything else is simply not found). */
export function isPlausibleSlug(value: string): boolean {
	return value.length > 0 && value.length <= 200 && !hasControlCharacters(value);
}

function slug(description: string) {
	return z
		.string()
		.max(MAX_SLUG, { error: `must be at most ${MAX_SLUG} characters` })
		.refine((v) => !hasControlCharacters(v), { error: 'must not contain control characters' })
		.optional()
		.meta({ description });
}

function flag(description: string) {
	return z
		.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean({ error: 'must be true or false' }))
		.default(false)
		.meta({ description });
}

const asTuple = <T extends string>(values: readonly T[]) => values as unknown as readonly [T, ...T[]];

export const langParam = oneOf(LOCALES, 'Language of names, descriptions and page URLs. Texts missing in it fall back to Latvian.').default(
	'lv'
);

const common = { lang: langParam };
const paging = {
	page: wholeNumber(1, MAX_PAGE, 1, 'Page number, from 1. A page past the last one is empty.'),
	per_page: wholeNumber(1, MAX_PER_PAGE, DEFAULT_PER_PAGE, `Items per page (1–${MAX_PER_PAGE}).`)
};

export const detailParams = z.object(common);
export const openApiParams = z.object({});

export const producerListParams = z.object({
	...common,
	...paging,
	category: slug('Category slug (see /categories); a top-level category includes its subcategories.'),
	region: slug('Planning region slug: riga, vidzeme, kurzeme, zemgale or latgale.'),
	municipality: slug('Current municipality slug (see /municipalities).'),
	kind: oneOf(asTuple(PRODUCER_KINDS), 'Kind of producer.').optional(),
	label: slug('Label slug, e.g. pvd (registered with the Food and Veterinary Service).'),
	sort: oneOf(['name', 'newest'], 'Latvian alphabetical order, or the most recently published first.').default('name')
});

export const salesPointListParams = z.object({
	...common,
	...paging,
	kind: oneOf(asTuple(SALES_POINT_KINDS), 'Kind of sales point.').optional(),
	municipality: slug('Current municipality slug (see /municipalities).')
});

export const organisationListParams = z.object({
	...common,
	...paging,
	kind: oneOf(asTuple(ORGANISATION_KINDS), 'Kind of organisation.').optional()
});

export const placeListParams = z.object({
	...common,
	...paging,
	kind: oneOf(asTuple(PLACE_KINDS), 'Kind of place.').optional()
});

export const categoryListParams = z.object({ ...common, ...paging });

export const municipalityListParams = z.object({
	...common,
	...paging,
	region: slug('Planning region slug: only the municipalities of this region.'),
	include_historical: flag(
		'Also list the pre-2021 municipalities (and merged ones), each with the current municipality it became part of.'
	)
});

export type ProducerListParams = z.output<typeof producerListParams>;
export type SalesPointListParams = z.output<typeof salesPointListParams>;
export type OrganisationListParams = z.output<typeof organisationListParams>;
export type PlaceListParams = z.output<typeof placeListParams>;
export type CategoryListParams = z.output<typeof categoryListParams>;
export type MunicipalityListParams = z.output<typeof municipalityListParams>;
export type PageParams = { lang: Locale; page: number; per_page: number };

/**
 * Reads the parameters a schema knows from the query string. Unknown parameters are ignored (so
 * cache busters do no harm); a known one given twice is an error rather than a silent pick.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, query: URLSearchParams): Parsed<z.output<S>> {
	const errors: ParamError[] = [];
	const raw: Record<string, string> = {};
	for (const name of new Set(query.keys())) {
		if (!Object.hasOwn(schema.shape, name)) continue;
		const values = query.getAll(name).filter((v) => v !== '');
		if (values.length > 1) errors.push({ param: name, message: 'must be given at most once' });
		else if (values.length === 1) raw[name] = values[0];
	}
	const result = schema.safeParse(raw);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const param = String(issue.path[0] ?? '');
			if (!errors.some((e) => e.param === param)) errors.push({ param, message: issue.message });
		}
	}
	return errors.length > 0 || !result.success ? { ok: false, errors } : { ok: true, params: result.data };
}

// ---------------------------------------------------------------- search

/**
 * /search: `lang`, `page` and `per_page` are read here; everything else by the search feature's own
 * parser (parseSearchParams). `searchParamsDoc` describes all of them for the OpenAPI document.
 */
export const searchApiParams = z.object({ ...common, ...paging });
export type SearchApiParams = z.output<typeof searchApiParams>;

const list = (description: string) =>
	z.array(z.string()).optional().meta({ description: `${description} Several values (repeated or comma-separated) are alternatives.` });

export const searchParamsDoc = searchApiParams.extend({
	q: z.string().max(100).optional().meta({
		description:
			'The query: any mix of names, products, categories (in lv, en, ro or ru) and place names; diacritics and Latvian word forms do not matter, small typos are forgiven.'
	}),
	type: list('Only results of these types: producer, sales_point, organisation, place. Without it every type is listed, in one ranked list.'),
	category: list('Category slugs.'),
	kind: list('Kinds of producer, sales point, organisation or place.'),
	label: list('Label slugs.'),
	region: list('Planning region slugs.'),
	municipality: list('Current municipality slugs.'),
	open: z.enum(['1', '0', 'true', 'false']).optional().meta({ description: 'Only what is open now (Europe/Riga time).' }),
	near: z
		.string()
		.regex(/^-?\d{1,3}(\.\d+)?,-?\d{1,3}(\.\d+)?$/)
		.optional()
		.meta({ description: 'A point "latitude,longitude" to measure distances from.' }),
	near_place: z.string().optional().meta({ description: 'A municipality, town, village or parish slug whose centre is the point.' }),
	radius: z.number().gt(0).max(500).optional().meta({ description: 'Only results within this many km of the point (needs near or near_place).' }),
	sort: z.enum(['relevance', 'distance', 'name']).optional().meta({ description: 'Order; distance needs near or near_place. Default relevance.' }),
	noplace: z.enum(['1', '0', 'true', 'false']).optional().meta({ description: 'Treat place names in the query as plain words.' })
});

/** The building blocks above, for endpoints defined next to their feature (projects, news). */
export const paramParts = { common, paging, slug, oneOf };
