/** The report's words in the report's language (not the request's: a PDF in English from a Latvian page). */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locales';

export function kindLabel(kind: string, locale: Locale): string {
	const o = { locale };
	switch (kind) {
		case 'webinar':
			return m.events_kind_webinar({}, o);
		case 'seminar':
			return m.events_kind_seminar({}, o);
		case 'workshop':
			return m.events_kind_workshop({}, o);
		case 'masterclass':
			return m.events_kind_masterclass({}, o);
		case 'virtual_tour':
			return m.events_kind_virtual_tour({}, o);
		case 'study_visit':
			return m.events_kind_study_visit({}, o);
		case 'fair':
			return m.events_kind_fair({}, o);
		default:
			return m.events_kind_meeting({}, o);
	}
}

export function genderLabel(v: string, locale: Locale): string {
	return v === 'female' ? m.events_gender_female({}, { locale }) : v === 'male' ? m.events_gender_male({}, { locale }) : m.events_gender_other({}, { locale });
}

/** ESF+ bands, and the registration form's two bands that straddle an ESF+ boundary. */
export function ageLabel(v: string, locale: Locale): string {
	switch (v) {
		case 'under_18':
			return m.impact_age_under_18({}, { locale });
		case '55_plus':
			return m.impact_age_55_plus({}, { locale });
		case 'under_25':
			return m.events_age_under_25({}, { locale });
		default:
			return v.replace('_', '–');
	}
}

export function employmentLabel(v: string, locale: Locale): string {
	const o = { locale };
	switch (v) {
		case 'employed':
			return m.events_employment_employed({}, o);
		case 'self_employed':
			return m.events_employment_self_employed({}, o);
		case 'unemployed':
			return m.events_employment_unemployed({}, o);
		case 'student':
			return m.events_employment_student({}, o);
		case 'retired':
			return m.events_employment_retired({}, o);
		default:
			return m.events_employment_other({}, o);
	}
}

export const dimensionTitle = (d: 'gender' | 'age_band' | 'employment_status', locale: Locale) =>
	d === 'gender' ? m.impact_by_gender({}, { locale }) : d === 'age_band' ? m.impact_by_age({}, { locale }) : m.impact_by_employment({}, { locale });

/** A mentoring check-in point in words, as the mentoring outcomes page names it. */
export function pointLabel(point: 'end' | 'month6' | 'month12', locale: Locale): string {
	const o = { locale };
	return point === 'end' ? m.pair_outcomes_point_end({}, o) : point === 'month6' ? m.pair_outcomes_point_month6({}, o) : m.pair_outcomes_point_month12({}, o);
}
