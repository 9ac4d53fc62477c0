/**
 * The cooperation profile form (issue 19), one schema for a producer's owner and for organisation
 * staff, checked in the browser and parsed on the server. Text per language: any of lv/en/ro/ru,
 * at least one — a Moldovan LAG writes in Romanian or Russian and need not write Latvian.
 */
import { z } from 'zod';
import { COUNTRIES, DIRECTIONS, KINDS, WORK_LANGUAGES } from '$lib/domain/cooperation/kinds';
import { cleanPhone } from './contact';
import { choice, clean, list, optionalEmail, optionalText, requiredText } from './fields';

export const TITLE_MAX = 160;
export const DESCRIPTION_MAX = 4000;

const anyLanguage = (max: number) =>
	z
		.object({ lv: optionalText(max), en: optionalText(max), ro: optionalText(max), ru: optionalText(max) })
		.refine((v) => !!(v.lv || v.en || v.ro || v.ru), { message: 'required', path: ['lv'] });

const id = z.preprocess((v) => (typeof clean(v) === 'string' && /^\d{1,9}$/.test(clean(v) as string) ? Number(clean(v)) : NaN), z.number('invalid').int('invalid'));
const optionalPhone = z.preprocess(
	(v) => {
		const c = clean(v);
		return c === '' || c === null ? undefined : c;
	},
	z
		.string()
		.transform((v, ctx) => {
			const phone = cleanPhone(v);
			if (phone === null) ctx.addIssue({ code: 'custom', message: 'invalid' });
			return phone ?? '';
		})
		.optional()
);

export const cooperationProfileSchema = z
	.object({
		direction: choice(DIRECTIONS),
		kind: choice(KINDS),
		title: anyLanguage(TITLE_MAX),
		description: anyLanguage(DESCRIPTION_MAX),
		categoryIds: list(id).pipe(z.array(z.number()).max(10, 'too_many')),
		countries: list(z.enum(COUNTRIES, { error: 'invalid' })),
		regionIds: list(id).pipe(z.array(z.number()).max(20, 'too_many')),
		languages: list(z.enum(WORK_LANGUAGES, { error: 'invalid' })).refine((a) => a.length > 0, 'required'),
		contactName: requiredText(200),
		contactEmail: optionalEmail,
		contactPhone: optionalPhone
	})
	.refine((v) => !!(v.contactEmail || v.contactPhone), { message: 'contact_required', path: ['contactEmail'] });

export type CooperationProfileInput = z.output<typeof cooperationProfileSchema>;
