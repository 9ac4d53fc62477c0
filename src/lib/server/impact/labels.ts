/**
 * The report's own words in the report's language (not the request's: a PDF in English from a
 * Latvian page). Event kinds, genders, age bands and employment come from components/events/labels.ts.
 */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locales';

export const dimensionTitle = (d: 'gender' | 'age_band' | 'employment_status', locale: Locale) =>
	d === 'gender' ? m.impact_by_gender({}, { locale }) : d === 'age_band' ? m.impact_by_age({}, { locale }) : m.impact_by_employment({}, { locale });

/** A mentoring check-in point in words, as the mentoring outcomes page names it. */
export function pointLabel(point: 'end' | 'month6' | 'month12', locale: Locale): string {
	const o = { locale };
	return point === 'end' ? m.pair_outcomes_point_end({}, o) : point === 'month6' ? m.pair_outcomes_point_month6({}, o) : m.pair_outcomes_point_month12({}, o);
}
