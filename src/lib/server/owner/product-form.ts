/** Parses the owner's product form. Pure; error codes per field, the page localizes them. */
import { cleanText } from '../../text/clean';
import type { FieldError } from './producer-form';

export const UNITS = ['kg', 'g', 'l', 'ml', 'piece', 'jar', 'bottle', 'pack', 'bunch', 'box', 'set', 'dozen', 'm'] as const;

export type ProductFormValues = { name: string; categoryId: string; price: string; unit: string; unitAmount: string };
export type ProductFormFields = { nameLv: string; categoryId: number; priceCents: number | null; unit: string | null; unitAmount: string | null };

/** "3,40", "3.4", "3" € → 340 cents; null for an empty field, NaN for nonsense. */
export function parseEuros(value: string): number | null {
	const v = value.replace(/\s|€/g, '').replace(',', '.');
	if (!v) return null;
	if (!/^\d{1,7}(\.\d{1,2})?$/.test(v)) return Number.NaN;
	return Math.round(Number(v) * 100);
}

export function parseProductForm(form: FormData, allowed: { categoryIds: ReadonlySet<number> }): { values: ProductFormValues; errors: Record<string, FieldError>; fields?: ProductFormFields } {
	// cleanText: a pasted NUL (or other control character) was a 500 from the database
	const text = (k: string) => cleanText(form.get(k));
	const values: ProductFormValues = { name: text('name'), categoryId: text('categoryId'), price: text('price'), unit: text('unit'), unitAmount: text('unitAmount') };
	const errors: Record<string, FieldError> = {};
	if (!values.name) errors.name = 'required';
	else if (values.name.length > 200) errors.name = 'too_long';
	const categoryId = Number(values.categoryId);
	if (!allowed.categoryIds.has(categoryId)) errors.categoryId = 'required';
	const priceCents = parseEuros(values.price);
	if (Number.isNaN(priceCents)) errors.price = 'invalid';
	const unit = values.unit ? values.unit : null;
	if (unit && !(UNITS as readonly string[]).includes(unit)) errors.unit = 'invalid';
	const amount = values.unitAmount.replace(',', '.');
	if (amount && !/^\d{1,7}(\.\d{1,3})?$/.test(amount)) errors.unitAmount = 'invalid';
	if (Object.keys(errors).length) return { values, errors };
	return { values, errors, fields: { nameLv: values.name, categoryId, priceCents, unit, unitAmount: amount || null } };
}
