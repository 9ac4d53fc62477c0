/**
 * Parses the owner's producer form (create and edit) with its one schema (forms/producer.ts). Pure:
 * returns what was typed (to show it again), error codes per field (the page localizes them) and,
 * when valid, draft fields (moderation/drafts.ts names).
 */
import { formValues, parseWith } from '../../forms/parse';
import { producerFormSchema, type Precision, type ProducerFormChoices, typedProducerValues } from '../../forms/producer';

export type FieldError = 'required' | 'too_long' | 'invalid' | 'contact_required';

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
	allowed: ProducerFormChoices & { thisYear: number }
): { values: ProducerFormValues; errors: Record<string, FieldError>; fields?: ProducerFormFields } {
	const values: ProducerFormValues = typedProducerValues(form, TEXT_FIELDS, allowed.categoryIds);
	const parsed = parseWith(producerFormSchema(allowed), formValues(form));
	if (!parsed.ok) return { values, errors: parsed.errors as Record<string, FieldError> };
	const { description, ...fields } = parsed.data;
	return { values, errors: {}, fields: { ...fields, descriptionLv: description } };
}
