/**
 * Parses the "suggest a producer" form with its schema (forms/producer.ts, derived from the owner's
 * producer form). Pure: returns what the user typed (to show it again), field errors as codes (the
 * page turns them into localized text) and, when valid, the fields.
 */
import { formValues, parseWith } from '../../forms/parse';
import { suggestionFormSchema, type ProducerFormChoices, typedProducerValues } from '../../forms/producer';
import type { SuggestionFields } from './suggestions-flow';

export type SuggestionErrorCode = 'required' | 'too_long' | 'invalid' | 'contact_required';
export type SuggestionValues = Record<string, string> & { categoryIds: string };

const TEXT_FIELDS = ['name', 'kind', 'whatTheyMake', 'municipalityId', 'address', 'phone', 'email', 'website', 'facebook', 'suggesterEmail'] as const;

export function parseSuggestionForm(
	form: FormData,
	allowed: ProducerFormChoices
): { values: SuggestionValues; errors: Record<string, SuggestionErrorCode>; fields?: SuggestionFields; suggesterEmail?: string } {
	const values: SuggestionValues = typedProducerValues(form, TEXT_FIELDS, allowed.categoryIds);
	const parsed = parseWith(suggestionFormSchema(allowed), formValues(form));
	if (!parsed.ok) return { values, errors: parsed.errors as Record<string, SuggestionErrorCode> };
	const { suggesterEmail, ...fields } = parsed.data;
	return { values, errors: {}, suggesterEmail, fields };
}
