/**
 * The owner's product form, one schema: the page's actions (add, edit, correct a waiting product)
 * parse with it, and the product draft every change passes through (moderation/drafts.ts) takes
 * its units and its amount rule from here. Error codes as in parse.ts; the pages localize them.
 * Pure and free of `$lib` imports: the drafts are loaded by CLI importers too.
 */
import { z } from 'zod';
import { cleanText } from '../text/clean';

export const PRODUCT_UNITS = ['kg', 'g', 'l', 'ml', 'piece', 'jar', 'bottle', 'pack', 'bunch', 'box', 'set', 'dozen', 'm'] as const;
export type ProductUnit = (typeof PRODUCT_UNITS)[number];

/** "0.5" (kg), "12" (pieces): up to three decimals, as stored. */
export const UNIT_AMOUNT = /^\d{1,7}(\.\d{1,3})?$/;

/** "3,40", "3.4", "3" € → 340 cents; null for an empty field, NaN for nonsense. */
export function parseEuros(value: string): number | null {
	const v = value.replace(/\s|€/g, '').replace(',', '.');
	if (!v) return null;
	if (!/^\d{1,7}(\.\d{1,2})?$/.test(v)) return Number.NaN;
	return Math.round(Number(v) * 100);
}

// cleanText: a pasted NUL (or other control character) was a 500 from the database
const typed = (v: unknown) => cleanText(typeof v === 'string' ? v : null);
const isUnit = (v: string) => (PRODUCT_UNITS as readonly string[]).includes(v);

/** The product form; `categoryIds` are the categories this listing may choose from. */
export const productFormSchema = (choices: { categoryIds: ReadonlySet<number> }) =>
	z
		.object({
			name: z.preprocess(typed, z.string().min(1, 'required').max(200, 'too_long')),
			categoryId: z.preprocess((v) => Number(typed(v)), z.number().refine((n) => choices.categoryIds.has(n), 'required')),
			price: z.preprocess(
				typed,
				z.string().transform((v, ctx) => {
					const cents = parseEuros(v);
					if (Number.isNaN(cents)) ctx.addIssue({ code: 'custom', message: 'invalid' });
					return cents;
				})
			),
			unit: z.preprocess(typed, z.string().refine((v) => !v || isUnit(v), 'invalid')).transform((v) => v || null),
			unitAmount: z.preprocess((v) => typed(v).replace(',', '.'), z.string().refine((v) => !v || UNIT_AMOUNT.test(v), 'invalid')).transform((v) => v || null)
		})
		// the draft's names (moderation/drafts.ts): the typed name is the Latvian one
		.transform((d) => ({ nameLv: d.name, categoryId: d.categoryId, priceCents: d.price, unit: d.unit, unitAmount: d.unitAmount }));

export type ProductFormFields = z.output<ReturnType<typeof productFormSchema>>;
