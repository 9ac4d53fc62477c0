/** Forms of regional insight (issue 20): interviews, codes, coding passages, marks on needs. */
import { z } from 'zod';
import { choice, clean, isoDate, list, optionalText, optionalUuid, requiredDate, requiredText, uuid } from './fields';

export const RESPONDENT_TYPES = ['resident', 'entrepreneur', 'ngo', 'municipality', 'state_body'] as const;
export const CONSENT_KINDS = ['written', 'oral'] as const;
export const MARK_CHOICES = ['known', 'addressed', 'none'] as const;
export const INTERVIEW_TEXT_MAX = 100_000;

const optionalMunicipality = z.preprocess((v) => (clean(v) === '' || v === undefined ? undefined : Number(clean(v))), z.number('invalid').int('invalid').positive('invalid').optional());

/** An interview: who (a type, never a name), where, when, with what consent; the text typed or pasted (a file comes apart). */
export const interviewSchema = z.object({
	reference: requiredText(60),
	respondentType: choice(RESPONDENT_TYPES),
	municipality: optionalMunicipality,
	heldOn: requiredDate.refine((d) => !isoDate.test(d) || d <= new Date().toISOString().slice(0, 10), 'future_date'),
	consent: choice(CONSENT_KINDS),
	text: optionalText(INTERVIEW_TEXT_MAX)
});

export const codeSchema = z.object({ name: requiredText(80), description: optionalText(500), parent: optionalUuid });
export const codeUpdateSchema = codeSchema.extend({ code: uuid() });
export const mergeCodeSchema = z
	.object({ from: uuid('required'), into: uuid('required') })
	.refine((v) => v.from !== v.into, { message: 'merge_same', path: ['into'] });

/** Tag passages: sentences ticked (without JavaScript) or a selection's offsets (with it), with one or more codes. */
export const codingSchema = z
	.object({
		codes: list(uuid()).refine((l) => l.length > 0, 'required'),
		sentence: list(z.preprocess((v) => Number(clean(v)), z.number().int().min(0))),
		start: z.preprocess((v) => (clean(v) === '' || v === undefined ? undefined : Number(clean(v))), z.number().int().min(0).optional()),
		end: z.preprocess((v) => (clean(v) === '' || v === undefined ? undefined : Number(clean(v))), z.number().int().min(0).optional())
	})
	.refine((v) => v.sentence.length > 0 || (v.start !== undefined && v.end !== undefined && v.end > v.start), { message: 'no_passage', path: ['sentence'] });

export const codingRefSchema = z.object({ coding: uuid() });
export const interviewRefSchema = z.object({ interview: uuid() });

export const markSchema = z.object({ need: requiredText(200), status: choice(MARK_CHOICES), note: optionalText(1000) });
export const toggleSchema = z.object({ on: z.preprocess((v) => v === '1' || v === 'on' || v === 'true', z.boolean()) });
