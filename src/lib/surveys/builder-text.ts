/** The survey builder's words for its codes: question types, statuses, audiences and refusals. */
import type { QuestionType } from '$lib/domain/survey/types';
import { errorText } from '$lib/forms/messages';
import { m } from '$lib/paraglide/messages';

const TYPES: Record<QuestionType, () => string> = {
	single: m.survey_build_type_single,
	multi: m.survey_build_type_multi,
	scale: m.survey_build_type_scale,
	matrix: m.survey_build_type_matrix,
	yes_no: m.survey_build_type_yes_no,
	number: m.survey_build_type_number,
	short_text: m.survey_build_type_short_text,
	long_text: m.survey_build_type_long_text,
	municipality: m.survey_build_type_municipality
};
export const questionTypeLabel = (type: QuestionType): string => TYPES[type]();

export const statusLabel = (status: string): string => (status === 'open' ? m.survey_build_status_open() : status === 'closed' ? m.survey_build_status_closed() : m.survey_build_status_draft());

export const audienceLabel = (audience: string): string =>
	audience === 'event_attendees' ? m.survey_build_audience_event() : audience === 'project' ? m.survey_build_audience_project() : m.survey_build_audience_link();

const OWN: Record<string, () => string> = {
	survey_build_mode_locked: m.survey_build_mode_locked,
	survey_build_selections: m.survey_build_error_selections,
	survey_build_number_range: m.survey_build_error_number_range,
	survey_build_condition_values: m.survey_build_error_condition_values,
	survey_build_lv_first: m.survey_build_error_lv_first,
	survey_build_two_choices: m.survey_build_error_two_choices
};

/** A form error code in the reader's words: the builder's own codes, then the shared ones. */
export function surveyErrorText(code: string | undefined): string | undefined {
	if (!code) return undefined;
	return OWN[code]?.() ?? errorText(code);
}

/** A refused builder change (builder-ops error codes); `detail` is the question it concerns, already named. */
export function refusalText(error: string, question: string): string {
	switch (error) {
		case 'condition_target':
			return m.survey_build_refused_condition_target({ question });
		case 'condition_order':
			return m.survey_build_refused_condition_order({ question });
		case 'condition_value':
		case 'option_in_condition':
			return m.survey_build_refused_option_in_condition({ question });
		case 'last_section':
			return m.survey_build_refused_last_section();
		case 'no_questions':
			return m.survey_build_refused_no_questions();
		default:
			return m.survey_build_refused_invalid();
	}
}
