import type { LocalizedText } from '../db/schema';
import type { producerKind, productUnit, salesPointKind, placeKind, organisationKind } from '../db/schema';

export type Precision = 'exact' | 'locality' | 'municipality';
export type ProducerKind = (typeof producerKind.enumValues)[number];
export type ProductUnit = (typeof productUnit.enumValues)[number];
export type SalesPointKind = (typeof salesPointKind.enumValues)[number];
export type PlaceKind = (typeof placeKind.enumValues)[number];
export type OrganisationKind = (typeof organisationKind.enumValues)[number];

/** A product as it appears in the catalogue (prices in euro cents for `amount` × `unit`). */
export type ProductTemplate = {
	/** Category slug from migration 0002 (a leaf category). */
	cat: string;
	lv: string;
	en?: string;
	price?: number;
	unit?: ProductUnit;
	amount?: number;
	/** Months 1–12, inclusive; may wrap the new year (9 → 4). */
	season?: [number, number];
	desc?: LocalizedText;
};

/**
 * A product of a producer: a catalogue key ("medus-liepu"), a key with a price override in cents
 * ("medus-liepu:850") or without a price ("medus-liepu:-"), or a product of its own.
 */
export type ProductRef = string | ProductTemplate;

/** A sales point reference with an optional note in Latvian and English ("sestdienās"). */
export type SalesPointRef = string | [slug: string, note: LocalizedText];

export type ProducerSeed = {
	name: string;
	/** Defaults to the slug of the name without the legal form (Z/S, SIA, IK …). */
	slug?: string;
	kind: ProducerKind;
	/** Municipality and locality by their Latvian names, as in migration 0001. */
	mun: string;
	loc?: string;
	prec: Precision;
	addr?: string;
	post?: string;
	/** Description: Latvian is required, other languages optional. */
	lv: string;
	en?: string;
	ro?: string;
	ru?: string;
	year?: number;
	/** Default 'published'. */
	status?: 'pending' | 'draft';
	products: ProductRef[];
	/** Label slugs; "slug=value" sets the value, a PVD number is generated when none is given. */
	labels?: string[];
	sp?: SalesPointRef[];
	/** Contact channels beyond the phone and e-mail every producer has. */
	web?: boolean;
	fb?: boolean;
	ig?: boolean;
	/** The producer does not publish prices. */
	noPrices?: boolean;
};

export type SalesPointSeed = {
	slug: string;
	name: string;
	kind: SalesPointKind;
	mun: string;
	loc?: string;
	addr?: string;
	post?: string;
	/** For farm_gate: the producer whose farm it is (location and precision are copied). */
	farm?: string;
	/** For e_shop: the seller whose municipality it takes. */
	seller?: string;
	/** OpenStreetMap opening_hours value, e.g. "Mo-Fr 10:00-18:00; Sa 10:00-15:00" or "May-Sep Sa 09:00-14:00". */
	hours?: string;
	note?: LocalizedText;
	desc?: LocalizedText;
	/** A (fictional) Facebook page; e-shops always get a website. */
	fb?: boolean;
	/** Default: true; the real Mārupe point is not demo. */
	demo?: boolean;
	status?: 'pending' | 'draft';
};

export type { LocalizedText };
