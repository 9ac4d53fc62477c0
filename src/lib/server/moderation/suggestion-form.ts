/**
 * Parses the "suggest a producer" form. Pure: returns what the user typed (to show it again),
 * field errors as codes (the page turns them into localized text) and, when valid, the fields.
 */
import { cleanText } from '../../text/clean';
import { parsePhone } from '../import/fields';
import type { SuggestionFields } from './suggestions-flow';

export type SuggestionErrorCode = 'required' | 'too_long' | 'invalid' | 'contact_required';
export type SuggestionValues = Record<string, string> & { categoryIds: string };

const TEXT_FIELDS = ['name', 'kind', 'whatTheyMake', 'municipalityId', 'address', 'phone', 'email', 'website', 'facebook', 'suggesterEmail'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** "www.example.lv" and "example.lv" are what people type; store a full https URL. */
export function normalizeUrl(value: string): string | null {
	const v = value.trim();
	if (!v) return null;
	const withScheme = /^https?:\/\//i.test(v) ? v : `https://${v}`;
	try {
		const url = new URL(withScheme);
		return url.hostname.includes('.') && !/\s/.test(v) ? url.toString() : null;
	} catch {
		return null;
	}
}

export function parseSuggestionForm(
	form: FormData,
	allowed: { kinds: readonly string[]; municipalityIds: ReadonlySet<number>; categoryIds: ReadonlySet<number> }
): { values: SuggestionValues; errors: Record<string, SuggestionErrorCode>; fields?: SuggestionFields; suggesterEmail?: string } {
	const text = (k: string) => cleanText(form.get(k));
	const values = Object.fromEntries(TEXT_FIELDS.map((k) => [k, text(k)])) as SuggestionValues;
	const categoryIds = form
		.getAll('categoryIds')
		.map((v) => Number(v))
		.filter((n) => Number.isInteger(n) && allowed.categoryIds.has(n));
	values.categoryIds = categoryIds.join(',');
	const errors: Record<string, SuggestionErrorCode> = {};

	if (!values.name) errors.name = 'required';
	else if (values.name.length > 200) errors.name = 'too_long';
	if (!allowed.kinds.includes(values.kind)) errors.kind = 'required';
	if (!values.whatTheyMake) errors.whatTheyMake = 'required';
	else if (values.whatTheyMake.length > 2000) errors.whatTheyMake = 'too_long';
	const municipalityId = Number(values.municipalityId);
	if (!allowed.municipalityIds.has(municipalityId)) errors.municipalityId = 'required';
	if (values.address.length > 300) errors.address = 'too_long';

	// one rule with the importer: a Latvian or Moldovan number, stored as "+371 2912 3456"
	const phone = values.phone ? parsePhone(values.phone) : null;
	if (values.phone && !phone) errors.phone = 'invalid';
	if (values.email && !EMAIL.test(values.email)) errors.email = 'invalid';
	const website = values.website ? normalizeUrl(values.website) : null;
	if (values.website && !website) errors.website = 'invalid';
	const facebook = values.facebook ? normalizeUrl(values.facebook) : null;
	if (values.facebook && !facebook) errors.facebook = 'invalid';
	if (!values.phone && !values.email && !values.website && !values.facebook) errors.phone = 'contact_required';

	if (!values.suggesterEmail) errors.suggesterEmail = 'required';
	else if (!EMAIL.test(values.suggesterEmail) || values.suggesterEmail.length > 254) errors.suggesterEmail = 'invalid';

	if (Object.keys(errors).length) return { values, errors };
	return {
		values,
		errors,
		suggesterEmail: values.suggesterEmail,
		fields: {
			name: values.name,
			kind: values.kind,
			whatTheyMake: values.whatTheyMake,
			categoryIds,
			municipalityId,
			address: values.address || null,
			phone,
			email: values.email || null,
			website,
			facebook
		}
	};
}
