/** The pair page's and staff page's forms, parsed on the server with error codes (pair_error_* words). */
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max, 'too_long');
const required = (max: number) => text(max).min(1, 'required');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'invalid');
const optionalDay = z.preprocess((v) => (v === '' || v == null ? null : v), day.nullable());

export const goalForm = z.object({
	kind: z.enum(['goal', 'milestone'], { message: 'invalid' }),
	title: required(200),
	dueOn: optionalDay
});

export const goalDoneForm = z.object({ goalId: z.uuid({ message: 'invalid' }), done: z.enum(['1', '0']).transform((v) => v === '1') });

export const sessionForm = z.object({
	heldOn: day,
	minutes: z.coerce.number({ message: 'invalid' }).int('invalid').min(5, 'invalid').max(600, 'invalid'),
	format: z.enum(['in_person', 'online', 'phone'], { message: 'required' }),
	notes: text(4000).default(''),
	nextStep: text(500).default('')
});

export const linkForm = z.object({
	title: required(200),
	url: z
		.string()
		.trim()
		.min(1, 'required')
		.max(2000, 'too_long')
		.refine((u) => /^https?:\/\//i.test(u) && URL.canParse(u), 'invalid')
});

export const fileTitleForm = z.object({ title: text(200).default('') });

export const feedbackForm = z.object({
	feedback: required(2000),
	rating: z.coerce.number({ message: 'required' }).int('invalid').min(1, 'required').max(5, 'invalid')
});

export const endForm = z.object({ reason: required(1000) });
