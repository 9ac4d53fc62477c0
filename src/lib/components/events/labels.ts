import { m } from '$lib/paraglide/messages';
import type { EventKind } from '$lib/events/choices';

/** The reader's words for an event type. */
export function eventKindLabel(kind: EventKind | string): string {
	switch (kind) {
		case 'webinar':
			return m.events_kind_webinar();
		case 'seminar':
			return m.events_kind_seminar();
		case 'workshop':
			return m.events_kind_workshop();
		case 'masterclass':
			return m.events_kind_masterclass();
		case 'virtual_tour':
			return m.events_kind_virtual_tour();
		case 'study_visit':
			return m.events_kind_study_visit();
		case 'fair':
			return m.events_kind_fair();
		default:
			return m.events_kind_meeting();
	}
}

export function languageName(code: string): string {
	return code === 'lv' ? m.events_lang_lv() : code === 'en' ? m.events_lang_en() : code === 'ro' ? m.events_lang_ro() : code === 'ru' ? m.events_lang_ru() : code;
}

export const genderLabel = (v: string) => (v === 'female' ? m.events_gender_female() : v === 'male' ? m.events_gender_male() : m.events_gender_other());

export function ageBandLabel(v: string): string {
	return v === 'under_25' ? m.events_age_under_25() : v === '65_plus' ? m.events_age_65_plus() : v.replace('_', '–');
}

export function employmentLabel(v: string): string {
	switch (v) {
		case 'employed':
			return m.events_employment_employed();
		case 'self_employed':
			return m.events_employment_self_employed();
		case 'unemployed':
			return m.events_employment_unemployed();
		case 'student':
			return m.events_employment_student();
		case 'retired':
			return m.events_employment_retired();
		default:
			return m.events_employment_other();
	}
}
