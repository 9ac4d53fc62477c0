/** Parses the owner's product form with its one schema (forms/product.ts). Pure; error codes per field, the page localizes them. */
import { formValues, parseWith, typedFields } from '../../forms/parse';
import { productFormSchema, type ProductFormFields } from '../../forms/product';
import type { FieldError } from './producer-form';

export { parseEuros, type ProductFormFields } from '../../forms/product';

const TEXT_FIELDS = ['name', 'categoryId', 'price', 'unit', 'unitAmount'] as const;
export type ProductFormValues = Record<(typeof TEXT_FIELDS)[number], string>;

export function parseProductForm(form: FormData, allowed: { categoryIds: ReadonlySet<number> }): { values: ProductFormValues; errors: Record<string, FieldError>; fields?: ProductFormFields } {
	const values: ProductFormValues = typedFields(form, TEXT_FIELDS);
	const parsed = parseWith(productFormSchema(allowed), formValues(form));
	if (!parsed.ok) return { values, errors: parsed.errors as Record<string, FieldError> };
	return { values, errors: {}, fields: parsed.data };
}
