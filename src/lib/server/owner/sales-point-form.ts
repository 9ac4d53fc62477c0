/** Parses "add my own sales point" (a farm gate, a home shop) with the producer form's schema (forms/producer.ts). Pure. */
import { formValues, parseWith, typedFields } from '../../forms/parse';
import { producerFormShape } from '../../forms/producer';
import type { FieldError } from './producer-form';

export const OWN_SALES_POINT_KINDS = ['farm_gate', 'shop', 'e_shop', 'producers_shop'] as const;
const TEXT_FIELDS = ['name', 'kind', 'municipalityId', 'address', 'locationPrecision'] as const;

/** The sales point's fields mean what the producer's do (name, place, how precisely it is shown); only the kinds differ. */
const ownSalesPointSchema = (municipalityIds: ReadonlySet<number>) =>
	producerFormShape({ kinds: OWN_SALES_POINT_KINDS, municipalityIds, categoryIds: new Set(), thisYear: 0 }).pick({
		name: true,
		kind: true,
		municipalityId: true,
		address: true,
		locationPrecision: true
	});

export function parseSalesPointForm(form: FormData, municipalityIds: ReadonlySet<number>) {
	const values = typedFields(form, TEXT_FIELDS);
	const parsed = parseWith(ownSalesPointSchema(municipalityIds), formValues(form));
	if (!parsed.ok) return { values, errors: parsed.errors as Record<string, FieldError> };
	return { values, errors: {} as Record<string, FieldError>, fields: parsed.data };
}
