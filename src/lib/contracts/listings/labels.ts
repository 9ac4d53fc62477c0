import { m } from '$lib/paraglide/messages';

/**
 * Localized names of the enum values the listing pages show; an unknown value shows as it is stored.
 * Producer and sales point kinds reuse the producer pages' catalogue keys so both name them alike.
 */
type Locale = 'lv' | 'en' | 'ro' | 'ru';
type Labels = Record<string, (inputs?: object, options?: { locale?: Locale }) => string>;

const SALES_POINT_KINDS: Labels = {
	market: m.prod_sp_kind_market,
	farm_gate: m.prod_sp_kind_farm_gate,
	shop: m.prod_sp_kind_shop,
	e_shop: m.prod_sp_kind_e_shop,
	fair: m.prod_sp_kind_fair,
	producers_shop: m.prod_sp_kind_producers_shop
};

const ORGANISATION_KINDS: Labels = {
	association: m.org_kind_association,
	lag: m.org_kind_lag,
	business_centre: m.org_kind_business_centre,
	ngo: m.org_kind_ngo,
	public_body: m.org_kind_public_body
};

const PLACE_KINDS: Labels = {
	coworking: m.place_kind_coworking,
	incubator: m.place_kind_incubator,
	tourist_info: m.place_kind_tourist_info,
	community_space: m.place_kind_community_space
};

const PRODUCER_KINDS: Labels = {
	home_producer: m.prod_kind_home_producer,
	small_producer: m.prod_kind_small_producer,
	farm: m.prod_kind_farm,
	craftsman: m.prod_kind_craftsman,
	social_enterprise: m.prod_kind_social_enterprise
};

/** Without a locale, the request's; e-mails and exports name one. */
const label =
	(labels: Labels) =>
	(value: string, locale?: Locale): string =>
		labels[value]?.({}, { locale }) ?? value;

export const salesPointKindLabel = label(SALES_POINT_KINDS);
export const organisationKindLabel = label(ORGANISATION_KINDS);
export const placeKindLabel = label(PLACE_KINDS);
export const producerKindLabel = label(PRODUCER_KINDS);

export const SALES_POINT_KIND_VALUES = Object.keys(SALES_POINT_KINDS);
export const ORGANISATION_KIND_VALUES = Object.keys(ORGANISATION_KINDS);
export const PLACE_KIND_VALUES = Object.keys(PLACE_KINDS);
