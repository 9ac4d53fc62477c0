/**
 * The forms of this feature (visit request, resident, plan, consultation line): one zod schema
 * each; errors are the shared codes (`required`, `invalid_email`, …) the pages put into words.
 */
import { z } from 'zod';
import { choice, list, localizedOptional, localizedRequired, optionalDate, optionalEmail, optionalText, requiredEmail, requiredText } from '$lib/forms/fields';
import type { LocalizedText } from '$lib/domain/types';
import { LINE_LANGUAGES, parseEuroCents, PLAN_PERIODS } from '$lib/domain/communities';

const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean());

export const visitSchema = z.object({
	name: requiredText(120),
	email: requiredEmail,
	phone: optionalText(40),
	preferredOn: optionalDate,
	message: optionalText(2000),
	consent: z.preprocess((v) => v === 'on', z.literal(true, { error: 'consent_required' }))
});
export type VisitForm = z.output<typeof visitSchema>;

export const residentSchema = z.object({
	displayName: requiredText(120),
	email: optionalEmail,
	producer: optionalText(200),
	activity: localizedOptional(300),
	consentOn: optionalDate,
	sinceOn: optionalDate
});

const price = z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().refine((s) => parseEuroCents(s) !== undefined, 'invalid_number').transform((s) => parseEuroCents(s) ?? null));

export const planSchema = z.object({
	name: localizedRequired(120),
	description: localizedOptional(500),
	price,
	period: choice(PLAN_PERIODS),
	position: z.preprocess((v) => Number(v || 0), z.number().int('invalid_number').min(0, 'invalid_number').max(999, 'invalid_number'))
});

const territoryId = z.preprocess((v) => Number(v), z.number().int().positive());

export const lineSchema = z.object({
	title: localizedRequired(160),
	phone: requiredText(40).refine((p) => /^\+?[\d\s()-]{6,}$/.test(p), 'invalid'),
	email: optionalEmail,
	regionId: z.preprocess((v) => (v === '' || v === undefined ? null : Number(v)), z.number().int().positive().nullable()),
	municipalityIds: list(territoryId),
	languages: list(z.enum(LINE_LANGUAGES)),
	placeId: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.uuid('invalid').nullable()),
	position: z.preprocess((v) => Number(v || 0), z.number().int('invalid_number').min(0, 'invalid_number').max(999, 'invalid_number')),
	active: checkbox
});

/** Drops empty translations, so jsonb holds `{ lv, en }` and not `{ lv, en: undefined }`. */
export function compactText(t: { lv?: string; en?: string; ro?: string; ru?: string } | undefined): LocalizedText {
	const out: LocalizedText = { lv: t?.lv ?? '' };
	for (const k of ['en', 'ro', 'ru'] as const) if (t?.[k]) out[k] = t[k];
	return out;
}
