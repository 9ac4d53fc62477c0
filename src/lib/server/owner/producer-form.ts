/**
 * Parses the owner's producer form (create and edit). Pure: returns what was typed (to show it
 * again), error codes per field (the page localizes them) and, when valid, draft fields
 * (moderation/drafts.ts names).
 */
import { cleanText } from '../../text/clean';
import { cleanEmail, cleanPhone, cleanSocial, cleanUrl } from '../../forms/contact';

export type FieldError = 'required' | 'too_long' | 'invalid' | 'contact_required';
export const PRECISIONS = ['exact', 'locality', 'municipality'] as const;
export type Precision = (typeof PRECISIONS)[number];

const TEXT_FIELDS = ['name', 'kind', 'description', 'municipalityId', 'address', 'locationPrecision', 'phone', 'email', 'website', 'facebook', 'instagram', 'foundedYear'] as const;

export type ProducerFormValues = Record<(typeof TEXT_FIELDS)[number], string> & { categoryIds: string };

export type ProducerFormFields = {
	name: string;
	kind: string;
	/** Latvian text; the flow keeps the other languages of an existing description. */
	descriptionLv: string;
	municipalityId: number;
	address: string | null;
	locationPrecision: Precision;
	phone: string | null;
	email: string | null;
	website: string | null;
	facebook: string | null;
	instagram: string | null;
	foundedYear: number | null;
	categoryIds: number[];
};

export function parseProducerForm(
	form: FormData,
	allowed: { kinds: readonly string[]; municipalityIds: ReadonlySet<number>; categoryIds: ReadonlySet<number>; thisYear: number }
): { values: ProducerFormValues; errors: Record<string, FieldError>; fields?: ProducerFormFields } {
	// cleanText: a pasted NUL (or other control character) was a 500 from the database
	const text = (k: string) => cleanText(form.get(k));
	const values = Object.fromEntries(TEXT_FIELDS.map((k) => [k, text(k)])) as ProducerFormValues;
	const categoryIds = [...new Set(form.getAll('categoryIds').map(Number))].filter((n) => allowed.categoryIds.has(n)).sort((a, b) => a - b);
	values.categoryIds = categoryIds.join(',');
	const errors: Record<string, FieldError> = {};
	const long = (k: keyof ProducerFormValues, max: number) => {
		if (values[k].length > max) errors[k] = 'too_long';
	};

	if (!values.name) errors.name = 'required';
	long('name', 200);
	if (!allowed.kinds.includes(values.kind)) errors.kind = 'required';
	if (!values.description) errors.description = 'required';
	long('description', 5000);
	const municipalityId = Number(values.municipalityId);
	if (!allowed.municipalityIds.has(municipalityId)) errors.municipalityId = 'required';
	long('address', 300);
	const precision = (PRECISIONS as readonly string[]).includes(values.locationPrecision) ? (values.locationPrecision as Precision) : null;
	if (!precision) errors.locationPrecision = 'required';
	// one rule per channel with the importer and the drafts (forms/contact.ts)
	const phone = values.phone ? cleanPhone(values.phone) : null;
	if (values.phone && !phone) errors.phone = 'invalid';
	const email = values.email ? cleanEmail(values.email) : null;
	if (values.email && !email) errors.email = 'invalid';
	const urls = {
		website: values.website ? cleanUrl(values.website) : null,
		facebook: values.facebook ? cleanSocial(values.facebook, 'facebook.com') : null,
		instagram: values.instagram ? cleanSocial(values.instagram, 'instagram.com') : null
	};
	for (const k of ['website', 'facebook', 'instagram'] as const) if (values[k] && !urls[k]) errors[k] = 'invalid';
	if (!values.phone && !values.email && !values.website && !values.facebook && !values.instagram) errors.phone = 'contact_required';
	const year = values.foundedYear ? Number(values.foundedYear) : null;
	if (year !== null && (!Number.isInteger(year) || year < 1800 || year > allowed.thisYear)) errors.foundedYear = 'invalid';

	if (Object.keys(errors).length) return { values, errors };
	return {
		values,
		errors,
		fields: {
			name: values.name,
			kind: values.kind,
			descriptionLv: values.description,
			municipalityId,
			address: values.address || null,
			locationPrecision: precision!,
			phone,
			email,
			website: urls.website,
			facebook: urls.facebook,
			instagram: urls.instagram,
			foundedYear: year,
			categoryIds
		}
	};
}
