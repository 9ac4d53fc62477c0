import { m } from '$lib/paraglide/messages';

type Opt = { locale?: 'lv' | 'en' | 'ro' | 'ru' };
type Locale = NonNullable<Opt['locale']>;

/** The kind catalogues live with the listing labels; these names are the producer pages' own. */
export { producerKindLabel as kindLabel, salesPointKindLabel } from '$lib/contracts/listings/labels';

/** Units written with a symbol ("0,5 kg") need no plural; counted ones do ("2 burkas", "5 банок"). */
const MEASURES: Record<string, [(i?: object, o?: Opt) => string, (i: { amount: string }, o?: Opt) => string]> = {
	kg: [m.prod_unit_kg, m.prod_amount_kg],
	g: [m.prod_unit_g, m.prod_amount_g],
	l: [m.prod_unit_l, m.prod_amount_l],
	ml: [m.prod_unit_ml, m.prod_amount_ml],
	m: [m.prod_unit_m, m.prod_amount_m]
};
const COUNTED: Record<string, [(i?: object, o?: Opt) => string, (i: { count: number; amount: string }, o?: Opt) => string]> = {
	piece: [m.prod_unit_piece, m.prod_amount_piece],
	jar: [m.prod_unit_jar, m.prod_amount_jar],
	bottle: [m.prod_unit_bottle, m.prod_amount_bottle],
	pack: [m.prod_unit_pack, m.prod_amount_pack],
	bunch: [m.prod_unit_bunch, m.prod_amount_bunch],
	box: [m.prod_unit_box, m.prod_amount_box],
	set: [m.prod_unit_set, m.prod_amount_set],
	dozen: [m.prod_unit_dozen, m.prod_amount_dozen]
};

/** The unit's own name ("kg", "burka") for a form's choices. */
export const unitLabel = (unit: string, locale?: Locale): string => (MEASURES[unit] ?? COUNTED[unit])?.[0]({}, { locale }) ?? unit;

/** "kg" for one kilogram, "0,5 kg", "burka", "2 burkas"; empty without a unit. */
export function formatUnit(unit: string | null, amount: number | null, locale: Locale): string {
	if (!unit) return '';
	const n = amount ?? 1;
	const entry = MEASURES[unit] ?? COUNTED[unit];
	if (!entry) return '';
	if (n === 1) return entry[0]({}, { locale });
	const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(n);
	return MEASURES[unit] ? MEASURES[unit][1]({ amount: text }, { locale }) : COUNTED[unit][1]({ count: n, amount: text }, { locale });
}

/** "2,50 € / 0,5 kg" in Latvian, "€2.50 / 0.5 kg" in English; null when the price is not published. */
export function formatPrice(cents: number | null, unit: string | null, amount: number | null, locale: Locale): string | null {
	if (cents === null) return null;
	const price = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
	const unitText = formatUnit(unit, amount, locale);
	return unitText ? m.prod_price_per({ price, unit: unitText }, { locale }) : price;
}

/** "jūnijs–jūlijs", "oktobris–marts" across the new year, "visu gadu" without a season. */
export function formatSeason(from: number | null, to: number | null, locale: Locale): string {
	const valid = (n: number | null): n is number => n !== null && n >= 1 && n <= 12;
	if (!valid(from) || !valid(to) || (from === 1 && to === 12) || to === from - 1) return m.prod_season_all_year({}, { locale });
	const month = (n: number) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, n - 1, 15)));
	return from === to ? month(from) : `${month(from)}–${month(to)}`;
}

/**
 * One line for a public location: "Acones iela 5, Ulbroka, Ropažu novads". Typed addresses often
 * already end with the locality and municipality, so those are added only when missing.
 */
export function placeLine(loc: { address: string | null; locality: string | null; municipality: string }): string {
	const parts = loc.address ? [loc.address] : [];
	const has = (name: string) => parts.some((p) => p.toLocaleLowerCase('lv').includes(name.toLocaleLowerCase('lv')));
	for (const name of [loc.locality, loc.municipality]) if (name && !has(name)) parts.push(name);
	return parts.join(', ');
}
