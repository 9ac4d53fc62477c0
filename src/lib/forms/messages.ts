import { m } from '$lib/paraglide/messages';

/** The reader's words for an error code of a form schema (parse.ts); unknown codes read as "invalid". */
const TEXT: Record<string, () => string> = {
	required: m.form_error_required,
	too_long: m.form_error_too_long,
	invalid: m.form_error_invalid,
	invalid_email: m.form_error_invalid_email,
	invalid_url: m.form_error_invalid_url,
	invalid_date: m.form_error_invalid_date,
	invalid_number: m.form_error_invalid_number,
	date_order: m.form_error_date_order,
	one_lead: m.form_error_one_lead,
	partner_name: m.form_error_partner_name,
	result_value: m.form_error_result_value,
	image_type: m.form_error_image_type,
	image_too_large: m.form_error_image_too_large,
	image_alt: m.form_error_image_alt,
	already_member: m.workspace_already_member,
	same_person: m.people_merge_same,
	invalid_time: m.events_error_invalid_time,
	venue_required: m.events_error_venue_required,
	options_required: m.events_error_options_required,
	consent_required: m.events_error_consent_required,
	event_project: m.events_error_project,
	future_date: m.insight_error_future_date,
	file_type: m.insight_error_file_type,
	file_too_large: m.insight_error_file_too_large,
	text_or_file: m.insight_error_text_or_file,
	code_exists: m.insight_error_code_exists,
	video_link: m.library_error_video_link,
	chapters: m.library_error_chapters,
	merge_same: m.insight_error_merge_same,
	merge_loop: m.insight_error_merge_loop,
	no_passage: m.insight_error_no_passage
};

export function errorText(code: string | undefined): string | undefined {
	if (!code) return undefined;
	return (TEXT[code] ?? TEXT.invalid)();
}
