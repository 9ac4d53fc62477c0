/**
 * The contest forms (issue 18): a visitor's entry and the staff's contest. One zod schema, errors as codes (messages.ts).
 * The address passes the project's e-mail field rule here; the server then keeps it only in the
 * people module's normalised form (public-input.ts), so an address that rule refuses is a field
 * error, never a failure further in.
 */
import { z } from 'zod';
import { clean, optionalText, optionalUuid, requiredDate, requiredEmail, requiredText } from './fields';

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

const PRIZE_PRODUCER = /^[a-z0-9-]{1,200}$/;
/** A prize row: its title (Latvian, English) and the producer who gives it, as a slug or a pasted page address. */
const prize = z.object({
	lv: optionalText(200),
	en: optionalText(200),
	producer: z.preprocess((v) => {
		const c = clean(v ?? '');
		return typeof c === 'string' ? c.replace(/^.*\/razotaji\//, '') || undefined : c;
	}, z.string().regex(PRIZE_PRODUCER, 'invalid').optional())
});
const whole = (min: number, max: number) =>
	z.preprocess((v) => {
		const c = clean(v ?? '');
		return c === '' ? undefined : typeof c === 'string' && /^\d{1,6}$/.test(c) ? Number(c) : NaN;
	}, z.number('invalid').int('invalid').min(min, 'invalid').max(max, 'invalid').optional());

/**
 * The staff's contest form. Cross-field rules (a window that ends after it starts, what each kind of
 * eligibility needs, at least one prize) are refinements here, so the browser and the server say the
 * same; turning Riga wall-clock times into instants stays on the server (contest-input.ts).
 */
export const contestSchema = z
	.object({
		title: z.object({ lv: requiredText(200), en: optionalText(200) }),
		rules: z.object({ lv: requiredText(10_000), en: optionalText(10_000) }),
		opensDate: requiredDate,
		opensTime: optionalText(5),
		closesDate: requiredDate,
		closesTime: optionalText(5),
		winners: whole(1, 1000).refine((n) => n !== undefined, 'required'),
		eligibility: z.preprocess((v) => v ?? 'email', z.enum(['email', 'attendance', 'question', 'photo'], 'invalid')),
		projectId: optionalUuid,
		eligibilityProjectId: optionalUuid,
		minEvents: whole(1, 100),
		question: z.object({ lv: optionalText(500), en: optionalText(500) }).optional(),
		photoPrompt: z.object({ lv: optionalText(500), en: optionalText(500), ro: optionalText(500), ru: optionalText(500) }).optional(),
		sourceKind: z.preprocess((v) => v ?? 'drand', z.enum(['drand', 'commit'], 'invalid')),
		prizes: z.array(prize.optional()).max(10, 'too_long').optional()
	})
	.superRefine((f, ctx) => {
		const need = (path: (string | number)[]) => ctx.addIssue({ code: 'custom', message: 'required', path });
		// both ends are Riga wall-clock times, so their text orders like the instants (the server checks the instants again)
		if (`${f.closesDate}T${f.closesTime || '23:59'}` <= `${f.opensDate}T${f.opensTime || '00:00'}`) ctx.addIssue({ code: 'custom', message: 'date_order', path: ['closesDate'] });
		if (f.eligibility === 'attendance' && !f.eligibilityProjectId) need(['eligibilityProjectId']);
		if (f.eligibility === 'question' && !f.question?.lv) need(['question', 'lv']);
		// a photo contest says what to photograph; it is kept in the question's column (one prompt per contest)
		if (f.eligibility === 'photo' && !f.photoPrompt?.lv) need(['photoPrompt', 'lv']);
		if (!(f.prizes ?? []).some((p) => p?.lv)) need(['prizes', 0, 'lv']);
	});
export type ContestInput = z.output<typeof contestSchema>;
