/**
 * The contest forms (issue 18): a visitor's entry. One zod schema, errors as codes (messages.ts).
 * The address passes the project's e-mail field rule here; the server then keeps it only in the
 * people module's normalised form (public-input.ts), so an address that rule refuses is a field
 * error, never a failure further in.
 */
import { z } from 'zod';
import { clean, optionalText, requiredEmail, requiredText } from './fields';

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
/** A chosen row of a select by its number, or nothing. */
const optionalId = z.preprocess((v) => {
	const c = clean(v);
	if (c === '' || c === undefined || c === null) return undefined;
	return typeof c === 'string' && /^\d{1,9}$/.test(c) ? Number(c) : NaN;
}, z.number('invalid').int('invalid').optional());

export const entrySchema = z.object({
	name: requiredText(200),
	email: requiredEmail,
	municipalityId: optionalId,
	answer: optionalText(2000),
	consent: checkbox.refine((v) => v, 'required')
});
export type EntryInput = z.output<typeof entrySchema>;
