/**
 * The survey builder's forms (issue 16), one schema each for the browser and the server. The
 * question form shows one language at a time (`lang`): its texts are that language's, the rest
 * (required, ranges, condition) are the same on every tab. The definition itself is checked with
 * definitionSchema (domain/survey/types.ts) after the flow merges the form into it.
 */
import { z } from 'zod';
import { QUESTION_TYPES } from '$lib/domain/survey/types';
import { choice, clean, list, localizedOptional, localizedRequired, optionalDate, optionalNumber, optionalText, optionalUuid } from './fields';
import { LOCALES } from '$lib/i18n/locales';

export const SURVEY_AUDIENCES = ['link', 'event_attendees', 'project'] as const;
export const SURVEY_MODES = ['anonymous', 'identified'] as const;

const always = () => true;
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());
const whole = (max: number) =>
	z.preprocess((v) => {
		const c = clean(v);
		if (c === '' || c === undefined || c === null) return undefined;
		return typeof c === 'string' && /^\d+$/.test(c) ? Number(c) : NaN;
	}, z.number('invalid_number').int('invalid_number').min(1, 'invalid_number').max(max, 'invalid_number').optional());

export const surveySettingsSchema = z
	.object({
		title: localizedRequired(200),
		intro: localizedOptional(2000),
		audience: choice(SURVEY_AUDIENCES),
		mode: choice(SURVEY_MODES),
		eventId: optionalUuid,
		projectId: optionalUuid,
		closesAt: optionalDate
	})
	// an event's or a project's survey names which one
	.refine((v) => v.audience !== 'event_attendees' || !!v.eventId, { message: 'required', path: ['eventId'], when: always })
	.refine((v) => v.audience !== 'project' || !!v.projectId, { message: 'required', path: ['projectId'], when: always });
export type SurveySettingsInput = z.output<typeof surveySettingsSchema>;

export const sectionTitleSchema = z.object({ lang: choice(LOCALES), title: optionalText(200) });

/** A new question: its type, its Latvian text and, for choices and matrices, one option or item per line. */
export const newQuestionSchema = z.object({
	sectionId: z.preprocess(clean, z.string().min(1, 'invalid')),
	type: choice(QUESTION_TYPES),
	text: z.preprocess((v) => clean(v ?? ''), z.string().min(1, 'required').max(500, 'too_long')),
	choices: optionalText(30 * 310)
});
export type NewQuestionInput = z.output<typeof newQuestionSchema>;

/** The lines of a "one per line" field, blank lines dropped. */
export const lines = (text: string | undefined): string[] =>
	(text ?? '')
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);

export const questionEditSchema = z.object({
	lang: choice(LOCALES),
	text: optionalText(500),
	help: optionalText(1000),
	required: checkbox.optional(),
	/** Option and matrix item labels in this language, by id (`labels.o3`). */
	labels: z.record(z.string(), optionalText(300)).optional(),
	minLabel: optionalText(100),
	maxLabel: optionalText(100),
	range: z.enum(['1-5', '0-10']).optional(),
	minSelections: whole(30),
	maxSelections: whole(30),
	numberMin: optionalNumber,
	numberMax: optionalNumber,
	integer: checkbox.optional(),
	conditionOn: optionalText(40),
	conditionAnyOf: list(z.string()),
	/** A new option or item, added with this save. */
	newChoice: optionalText(300)
});
export type QuestionEditInput = z.output<typeof questionEditSchema>;
