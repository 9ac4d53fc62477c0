import { m } from '$lib/paraglide/messages';
import type { EventKind } from '$lib/events/choices';
import type { Locale } from '$lib/i18n/locales';

/*
 * Each label takes an optional locale: pages leave it out (the request's language), the impact
 * report passes the report's own (a PDF in English from a Latvian page).
 */
const opts = (locale?: Locale) => (locale ? { locale } : undefined);

/** The reader's words for an event type. */
export function eventKindLabel(kind: EventKind | string, locale?: Locale): string {
	const o = opts(locale);
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

export function languageName(code: string): string {
	return code === 'lv' ? m.events_lang_lv() : code === 'en' ? m.events_lang_en() : code === 'ro' ? m.events_lang_ro() : code === 'ru' ? m.events_lang_ru() : code;
}

export const genderLabel = (v: string, locale?: Locale) =>
	v === 'female' ? m.events_gender_female({}, opts(locale)) : v === 'male' ? m.events_gender_male({}, opts(locale)) : m.events_gender_other({}, opts(locale));

/** The registration form's bands, and the ESF+ bands the impact report groups them in. */
export function ageBandLabel(v: string, locale?: Locale): string {
	const o = opts(locale);
	switch (v) {
		case 'under_18':
			return m.impact_age_under_18({}, o);
		case 'under_25':
			return m.events_age_under_25({}, o);
		case '55_plus':
			return m.impact_age_55_plus({}, o);
		case '65_plus':
			return m.events_age_65_plus({}, o);
		default:
			return v.replace('_', '–');
	}
}

export function employmentLabel(v: string, locale?: Locale): string {
	const o = opts(locale);
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
