/**
 * The programme forms (issue 17), one schema each for the browser and the server: a programme, a
 * cohort, and the fixed part of an application (the cohort's own questions are checked by the
 * survey answer domain). Dates are Riga calendar days; the flows turn them into instants.
 */
import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locales';
import { choice, clean, isoDate, list, localizedOptional, localizedRequired, optionalDate, optionalText, optionalUuid, requiredDate, requiredEmail, requiredText } from './fields';

export const PROGRAMME_KINDS = ['mentoring', 'incubator', 'idea_lab', 'accelerator'] as const;
export const PROGRAMME_STATUSES = ['draft', 'published', 'archived'] as const;
export const COHORT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export const DECISIONS = ['accepted', 'waitlisted', 'declined', 'withdrawn'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
export type Decision = (typeof DECISIONS)[number];

const always = () => true;
const day = (v: unknown) => (typeof v === 'string' && isoDate.test(v.trim()) ? v.trim() : null);

/** A whole number in a range, or nothing. */
const wholeNumber = (min: number, max: number) =>
	z.preprocess((v) => {
		const c = clean(v);
		if (c === '' || c === undefined || c === null) return undefined;
		return typeof c === 'string' && /^\d+$/.test(c) ? Number(c) : NaN;
	}, z.number('invalid_number').int('invalid_number').min(min, 'invalid_number').max(max, 'invalid_number').optional());

export const programmeSchema = z.object({
	kind: choice(PROGRAMME_KINDS),
	title: localizedRequired(200),
	summary: localizedOptional(600),
	description: localizedOptional(10_000),
	projectId: optionalUuid,
	placeId: optionalUuid,
	status: choice(PROGRAMME_STATUSES)
});
export type ProgrammeInput = z.output<typeof programmeSchema>;

export const cohortSchema = z
	.object({
		title: localizedRequired(200),
		startsOn: requiredDate,
		endsOn: requiredDate,
		opensOn: optionalDate,
		closesOn: optionalDate,
		capacity: wholeNumber(1, 10_000),
		eligibility: localizedOptional(3000),
		languages: list(z.enum(LOCALES, { error: 'invalid' })).refine((l) => l.length > 0, 'required'),
		nudgeWeeks: wholeNumber(1, 26),
		status: choice(COHORT_STATUSES)
	})
	// the whole-form rules run even when a field failed, so staff hear every mistake at once
	.refine((v) => !day(v.startsOn) || !day(v.endsOn) || day(v.endsOn)! >= day(v.startsOn)!, { message: 'date_order', path: ['endsOn'], when: always })
	.refine((v) => !day(v.opensOn) || !day(v.closesOn) || day(v.closesOn)! >= day(v.opensOn)!, { message: 'date_order', path: ['closesOn'], when: always });
export type CohortInput = z.output<typeof cohortSchema>;

/** What every application asks besides the cohort's own questions: what the matcher needs. */
export const applicationSchema = z.object({
	name: requiredText(200),
	email: requiredEmail,
	municipalityId: z.preprocess((v) => {
		const c = clean(v);
		return c === '' || c === undefined ? undefined : typeof c === 'string' && /^\d+$/.test(c) ? Number(c) : NaN;
	}, z.number('invalid').int('invalid').positive('invalid').optional()),
	languages: list(z.enum(LOCALES, { error: 'invalid' })).refine((l) => l.length > 0, 'required'),
	sectors: list(z.string().regex(/^[a-z0-9:_-]{1,80}$/, 'invalid')).refine((l) => l.length <= 20, 'invalid'),
	needs: optionalText(3000),
	consent: z.preprocess((v) => v === 'on' || v === 'true', z.literal(true, { error: 'consent_required' }))
});
export type ApplicationInput = z.output<typeof applicationSchema>;

export const decisionSchema = z.object({
	applicationId: z.preprocess(clean, z.uuid('invalid')),
	decision: choice(DECISIONS),
	message: optionalText(3000)
});
