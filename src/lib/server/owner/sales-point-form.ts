/** Parses "add my own sales point" (a farm gate, a home shop). Pure. */
import { cleanText } from '../../text/clean';
import { PRECISIONS, type Precision } from '../../forms/producer';
import type { FieldError } from './producer-form';

export const OWN_SALES_POINT_KINDS = ['farm_gate', 'shop', 'e_shop', 'producers_shop'] as const;

export function parseSalesPointForm(form: FormData, municipalityIds: ReadonlySet<number>) {
	const text = (k: string) => cleanText(form.get(k));
	const values = { name: text('name'), kind: text('kind'), municipalityId: text('municipalityId'), address: text('address'), locationPrecision: text('locationPrecision') };
	const errors: Record<string, FieldError> = {};
	if (!values.name) errors.name = 'required';
	else if (values.name.length > 200) errors.name = 'too_long';
	if (!(OWN_SALES_POINT_KINDS as readonly string[]).includes(values.kind)) errors.kind = 'required';
	const municipalityId = Number(values.municipalityId);
	if (!municipalityIds.has(municipalityId)) errors.municipalityId = 'required';
	if (values.address.length > 300) errors.address = 'too_long';
	if (!(PRECISIONS as readonly string[]).includes(values.locationPrecision)) errors.locationPrecision = 'required';
	if (Object.keys(errors).length) return { values, errors };
	return {
		values,
		errors,
		fields: { name: values.name, kind: values.kind, municipalityId, address: values.address || null, locationPrecision: values.locationPrecision as Precision }
	};
}
