import type { AnswerError } from '$lib/domain/survey/answers';
import { m } from '$lib/paraglide/messages';

/** The answer form's error codes (domain/survey/answers.ts) in the page's language. */
export function answerErrorText(code: AnswerError | string): string {
	switch (code) {
		case 'required':
			return m.survey_answer_error_required();
		case 'too_few':
			return m.survey_answer_error_too_few();
		case 'too_many':
			return m.survey_answer_error_too_many();
		case 'not_a_number':
			return m.survey_answer_error_not_a_number();
		case 'not_integer':
			return m.survey_answer_error_not_integer();
		case 'too_small':
			return m.survey_answer_error_too_small();
		case 'too_large':
			return m.survey_answer_error_too_large();
		case 'out_of_scale':
			return m.survey_answer_error_out_of_scale();
		case 'too_long':
			return m.survey_answer_error_too_long();
		default:
			return m.survey_answer_error_unknown_option();
	}
}
