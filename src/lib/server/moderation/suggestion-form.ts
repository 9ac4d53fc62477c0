/**
 * Parses the "suggest a producer" form. Pure: returns what the user typed (to show it again),
 * field errors as codes (the page turns them into localized text) and, when valid, the fields.
 */
import { cleanText } from '../../text/clean';
import { cleanEmail, cleanPhone, cleanSocial, cleanUrl } from '../../forms/contact';
import type { SuggestionFields } from './suggestions-flow';

export type SuggestionErrorCode = 'required' | 'too_long' | 'invalid' | 'contact_required';
export type SuggestionValues = Record<string, string> & { categoryIds: string };

const TEXT_FIELDS = ['name', 'kind', 'whatTheyMake', 'municipalityId', 'address', 'phone', 'email', 'website', 'facebook', 'suggesterEmail'] as const;

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

	// one rule per channel with the importer and the drafts (forms/contact.ts)
	const phone = values.phone ? cleanPhone(values.phone) : null;
	if (values.phone && !phone) errors.phone = 'invalid';
	const email = values.email ? cleanEmail(values.email) : null;
	if (values.email && !email) errors.email = 'invalid';
	const website = values.website ? cleanUrl(values.website) : null;
	if (values.website && !website) errors.website = 'invalid';
	const facebook = values.facebook ? cleanSocial(values.facebook, 'facebook.com') : null;
	if (values.facebook && !facebook) errors.facebook = 'invalid';
	if (!values.phone && !values.email && !values.website && !values.facebook) errors.phone = 'contact_required';

	if (!values.suggesterEmail) errors.suggesterEmail = 'required';
	else if (!cleanEmail(values.suggesterEmail)) errors.suggesterEmail = 'invalid';

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
			email,
			website,
			facebook
		}
	};
}
