import { m } from '$lib/paraglide/messages';

type Option = { value: string; label: string };
export type EventFormOptions = { municipalities: Option[]; places: Option[]; salesPoints: Option[]; producers: Option[]; projects: Option[] };

/** Field names of the event form → the words the error summary uses for them. */
export function eventFormLabels(): Record<string, string> {
	return {
		'title.lv': m.events_form_title(),
		title: m.events_form_title(),
		summary: m.events_form_summary(),
		description: m.events_form_description(),
		kind: m.events_filter_kind(),
		project: m.events_form_project(),
		startDate: m.events_form_start_date(),
		startTime: m.events_form_start_time(),
		endDate: m.events_form_end_date(),
		endTime: m.events_form_end_time(),
		timeZone: m.events_form_zone(),
		joinUrl: m.events_form_join_url(),
		place: m.events_form_place(),
		venueName: m.events_form_venue_name(),
		address: m.events_form_address(),
		lat: m.events_form_lat(),
		lng: m.events_form_lng(),
		municipality: m.events_filter_municipality(),
		capacity: m.events_form_capacity(),
		opensDate: m.events_form_opens(),
		closesDate: m.events_form_closes(),
		offerHours: m.events_form_offer_hours(),
		reminders: m.events_form_reminders(),
		accessibility: m.events_accessibility(),
		languages: m.events_languages(),
		consent: m.events_field_consent(),
		funderFields: m.events_form_funder_fields(),
		'questions.*.label': m.events_form_question(),
		'questions.*.options': m.events_form_question_options(),
		'materials.*.url': m.events_form_material_url(),
		'materials.*.title': m.events_form_material_title(),
		recordingUrl: m.events_form_recording(),
		'stops.*.target': m.events_form_stop(),
		'stops.*.time': m.events_form_stop_time(),
		hosts: m.events_hosts(),
		submission: m.events_form_title()
	};
}
