/**
 * The mentor forms' schemas: "add" (name and address) and the profile. Error codes as the other
 * forms (forms/parse.ts), shown next to their fields with `errorText`.
 */
import { z } from 'zod';
import { choice, list, localizedOptional, optionalText, optionalUuid, requiredEmail, requiredText } from '$lib/forms/fields';
import { LOCALES } from '$lib/i18n/locales';

export const addMentorSchema = z.object({ name: requiredText(200), email: requiredEmail });

const municipalityId = z.coerce.number('invalid').int('invalid').positive('invalid');

export const mentorProfileSchema = z.object({
	/** 'none' is the "no listing" choice (a radio needs a value). */
	producerId: z.preprocess((v) => (v === 'none' ? '' : v), optionalUuid),
	bio: localizedOptional(2000),
	sectors: list(z.string().regex(/^[a-z0-9:-]{1,80}$/, 'invalid')),
	/** Where they are: first in the stored list, where distances are measured from. */
	homeMunicipalityId: z.preprocess((v) => (v === '' ? undefined : v), municipalityId.optional()),
	alsoMunicipalityIds: list(municipalityId),
	languages: list(choice(LOCALES)).refine((v) => v.length > 0, 'required'),
	experience: optionalText(2000),
	capacity: z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v === '' || v === undefined ? NaN : v), z.number('invalid_number').int('invalid_number').min(0, 'invalid_number').max(50, 'invalid_number')),
	availability: optionalText(500),
	active: z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean())
});

export type MentorProfileInput = z.output<typeof mentorProfileSchema>;

/** The stored municipality list: home first, then the others once each. */
export function municipalityList(input: Pick<MentorProfileInput, 'homeMunicipalityId' | 'alsoMunicipalityIds'>): number[] {
	const ids = input.homeMunicipalityId ? [input.homeMunicipalityId, ...input.alsoMunicipalityIds] : input.alsoMunicipalityIds;
	return [...new Set(ids)];
}
