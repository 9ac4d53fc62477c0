/**
 * The editable shape of each listing (moderation contract, see helper brief): field names are the
 * Drizzle schema's property names, links are `categoryIds` / `labelIds` arrays. A revision's
 * `proposed` object holds a subset of these fields. Relative imports: CLI importers use this too.
 *
 * One zod schema per entity; `…Create` requires what the table needs, `…Update` makes every field
 * optional (a revision carries the changed fields only).
 */
import { z } from 'zod';
import { checkOpeningHours } from '../../domain/opening-hours';
import { storedContactFields } from '../../forms/contact';
import { PRODUCT_UNITS, UNIT_AMOUNT } from '../../forms/product';

export const ENTITY_TYPES = ['producer', 'product', 'sales_point', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const PRODUCER_KINDS = ['home_producer', 'small_producer', 'farm', 'craftsman', 'social_enterprise'] as const;
const SALES_POINT_KINDS = ['market', 'farm_gate', 'shop', 'e_shop', 'fair', 'producers_shop'] as const;
const PLACE_KINDS = ['coworking', 'incubator', 'tourist_info', 'community_space'] as const;

const trimmed = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max)
		.nullable()
		.transform((v) => (v ? v : null));

export const localizedTextSchema = z.object({
	lv: z.string().trim().max(5000),
	en: z.string().trim().max(5000).optional(),
	ro: z.string().trim().max(5000).optional(),
	ru: z.string().trim().max(5000).optional()
});

/**
 * A change to a per-language text names only the languages it changes (the others stay as they
 * are when it is applied); null or '' removes that language. Latvian is the source and stays.
 */
const other = z
	.string()
	.trim()
	.max(5000)
	.nullable()
	.optional()
	.transform((v) => (v === undefined ? undefined : v || null));
const localizedPatch = (lv: z.ZodType<string>) => z.object({ lv: lv.optional(), en: other, ro: other, ru: other }).strict();

/** An OpenStreetMap opening_hours value, stored as the parser reads it ('' = not known). */
export const openingHoursSchema = z
	.string()
	.max(2000)
	.transform((v, ctx) => {
		if (!v.trim()) return '';
		const checked = checkOpeningHours(v);
		if (!checked.ok) {
			ctx.addIssue({ code: 'custom', message: `not an opening_hours value (near "${checked.near}")` });
			return z.NEVER;
		}
		return checked.value;
	});

const location = {
	municipalityId: z.number().int().positive(),
	localityId: z.number().int().positive().nullable(),
	address: optionalText(300),
	postalCode: optionalText(20),
	lat: z.number().min(-90).max(90).nullable(),
	lng: z.number().min(-180).max(180).nullable(),
	locationPrecision: z.enum(['exact', 'locality', 'municipality'])
};

// one rule per channel with the forms and the importer (forms/contact.ts)
const contacts = storedContactFields;

export const producerDraftSchema = z.object({
	name: trimmed(200),
	kind: z.enum(PRODUCER_KINDS),
	description: localizedTextSchema,
	...location,
	...contacts,
	foundedYear: z.number().int().min(1800).max(2100).nullable(),
	categoryIds: z.array(z.number().int().positive()).max(50),
	labelIds: z.array(z.number().int().positive()).max(50)
});

export const productDraftSchema = z.object({
	producerId: z.uuid(),
	name: localizedTextSchema.extend({ lv: trimmed(200) }),
	description: localizedTextSchema.nullable(),
	categoryId: z.number().int().positive(),
	priceCents: z.number().int().min(0).max(100_000_000).nullable(),
	unit: z.enum(PRODUCT_UNITS).nullable(),
	unitAmount: z.string().regex(UNIT_AMOUNT).nullable(),
	seasonFrom: z.number().int().min(1).max(12).nullable(),
	seasonTo: z.number().int().min(1).max(12).nullable(),
	sortOrder: z.number().int()
});

export const salesPointDraftSchema = z.object({
	name: trimmed(200),
	kind: z.enum(SALES_POINT_KINDS),
	description: localizedTextSchema.nullable(),
	...location,
	...contacts,
	openingHours: openingHoursSchema,
	hoursNote: localizedTextSchema.nullable()
});

export const placeDraftSchema = z.object({
	name: trimmed(200),
	kind: z.enum(PLACE_KINDS),
	description: localizedTextSchema,
	...location,
	...contacts,
	amenities: z.array(z.string().regex(/^[a-z_]{1,40}$/)).max(40),
	operatorName: optionalText(200),
	openingHours: openingHoursSchema
});

export type ProducerDraft = z.infer<typeof producerDraftSchema>;
export type ProductDraft = z.infer<typeof productDraftSchema>;
export type SalesPointDraft = z.infer<typeof salesPointDraftSchema>;
export type PlaceDraft = z.infer<typeof placeDraftSchema>;

/** Fields a new listing may leave out (they get these values). */
const CREATE_DEFAULTS = {
	producer: { localityId: null, address: null, postalCode: null, lat: null, lng: null, locationPrecision: 'locality', phone: null, email: null, website: null, facebook: null, instagram: null, foundedYear: null, categoryIds: [], labelIds: [] },
	product: { description: null, priceCents: null, unit: null, unitAmount: null, seasonFrom: null, seasonTo: null, sortOrder: 0 },
	sales_point: { description: null, localityId: null, address: null, postalCode: null, lat: null, lng: null, locationPrecision: 'exact', phone: null, email: null, website: null, facebook: null, instagram: null, openingHours: '', hoursNote: null },
	place: { localityId: null, address: null, postalCode: null, lat: null, lng: null, locationPrecision: 'exact', phone: null, email: null, website: null, facebook: null, instagram: null, amenities: [], operatorName: null, openingHours: '' }
} as const;

export const draftSchemas = {
	producer: producerDraftSchema,
	product: productDraftSchema,
	sales_point: salesPointDraftSchema,
	place: placeDraftSchema
} as const;

/** Create: every required field present, the rest defaulted. */
export const createSchemas = {
	producer: producerDraftSchema.partial(optionalOnCreate('producer')),
	product: productDraftSchema.partial(optionalOnCreate('product')),
	sales_point: salesPointDraftSchema.partial(optionalOnCreate('sales_point')),
	place: placeDraftSchema.partial(optionalOnCreate('place'))
};

/** Per-language text fields: a change merges into them language by language (see localizedPatch). */
export const LOCALIZED_FIELDS: Record<EntityType, readonly string[]> = {
	producer: ['description'],
	product: ['name', 'description'],
	sales_point: ['description', 'hoursNote'],
	place: ['description']
};

const LV_TEXT = z.string().trim().max(5000);
const LV_NAME = trimmed(200);

/** Update: any subset of fields, unknown keys refused (a typo must not vanish silently). */
export const updateSchemas = {
	producer: producerDraftSchema.extend({ description: localizedPatch(LV_TEXT) }).partial().strict(),
	product: productDraftSchema
		.omit({ producerId: true })
		.extend({ name: localizedPatch(LV_NAME), description: localizedPatch(LV_TEXT).nullable() })
		.partial()
		.strict(),
	sales_point: salesPointDraftSchema.extend({ description: localizedPatch(LV_TEXT).nullable(), hoursNote: localizedPatch(LV_TEXT).nullable() }).partial().strict(),
	place: placeDraftSchema.extend({ description: localizedPatch(LV_TEXT) }).partial().strict()
};

function optionalOnCreate<E extends EntityType>(entity: E): { [K in keyof (typeof CREATE_DEFAULTS)[E]]: true } {
	return Object.fromEntries(Object.keys(CREATE_DEFAULTS[entity]).map((k) => [k, true])) as never;
}

/** The field names of an entity's draft, in form order. */
export function draftFields(entity: EntityType): string[] {
	return Object.keys(draftSchemas[entity].shape);
}

/** A complete draft for a new listing: the given fields over the defaults. */
export function withCreateDefaults(entity: EntityType, fields: Record<string, unknown>): Record<string, unknown> {
	return { ...CREATE_DEFAULTS[entity], ...fields };
}

export class DraftValidationError extends Error {
	constructor(readonly issues: Array<{ field: string; message: string }>) {
		super(`Invalid draft: ${issues.map((i) => `${i.field} (${i.message})`).join(', ')}`);
	}
}

/** Validates a proposal: a full create draft for a new listing, else a partial update. */
export function parseProposal(entity: EntityType, isNew: boolean, proposed: Record<string, unknown>): Record<string, unknown> {
	const result = (isNew ? createSchemas[entity] : updateSchemas[entity]).safeParse(proposed);
	if (!result.success) {
		throw new DraftValidationError(result.error.issues.map((i) => ({ field: i.path.join('.') || '(root)', message: i.message })));
	}
	return isNew ? withCreateDefaults(entity, result.data) : (result.data as Record<string, unknown>);
}
