/**
 * A survey's questions (issue 16), stored per version in `survey_versions.definition`. The same
 * zod schema checks what the builder saves and what is read back, so a stored definition is always
 * one the answer form, the validator and the results can read. Ids are short stable keys ("q3",
 * "o2"): answers and conditions refer to them, so they never change once a version has answers.
 */
import { z } from 'zod';
import type { LocalizedText } from '../types';

export const QUESTION_TYPES = ['single', 'multi', 'scale', 'matrix', 'yes_no', 'number', 'short_text', 'long_text', 'municipality'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const id = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'invalid_id');
const text = (max: number) =>
	z.object({
		lv: z.string().trim().min(1, 'required').max(max, 'too_long'),
		en: z.string().trim().max(max, 'too_long').optional(),
		ro: z.string().trim().max(max, 'too_long').optional(),
		ru: z.string().trim().max(max, 'too_long').optional()
	});
const optionalText = (max: number) => text(max).optional();

const option = z.object({ id, label: text(300) });
/** A scale: 1–5 or 0–10, with labelled ends ("not at all" … "very much"). */
const scale = z.object({
	min: z.union([z.literal(0), z.literal(1)]),
	max: z.union([z.literal(5), z.literal(10)]),
	minLabel: optionalText(100),
	maxLabel: optionalText(100)
});
/** "Show this question if the answer to `questionId` is one of `anyOf`" (option ids, or 'yes' / 'no'). */
const condition = z.object({ questionId: id, anyOf: z.array(z.string().min(1)).min(1) });

const base = {
	id,
	text: text(500),
	help: optionalText(1000),
	required: z.boolean(),
	showIf: condition.optional()
};

export const questionSchema = z.discriminatedUnion('type', [
	z.object({ ...base, type: z.literal('single'), options: z.array(option).min(2).max(30) }),
	z.object({
		...base,
		type: z.literal('multi'),
		options: z.array(option).min(2).max(30),
		minSelections: z.number().int().min(1).optional(),
		maxSelections: z.number().int().min(1).optional()
	}),
	z.object({ ...base, type: z.literal('scale'), scale }),
	z.object({ ...base, type: z.literal('matrix'), items: z.array(option).min(2).max(20), scale }),
	z.object({ ...base, type: z.literal('yes_no') }),
	z.object({ ...base, type: z.literal('number'), min: z.number().optional(), max: z.number().optional(), integer: z.boolean().optional() }),
	z.object({ ...base, type: z.literal('short_text') }),
	z.object({ ...base, type: z.literal('long_text') }),
	z.object({ ...base, type: z.literal('municipality') })
]);

export const sectionSchema = z.object({ id, title: optionalText(200), questions: z.array(questionSchema).max(100) });

export const definitionSchema = z.object({ sections: z.array(sectionSchema).min(1).max(30) });

export type SurveyQuestion = z.infer<typeof questionSchema>;
export type SurveySection = z.infer<typeof sectionSchema>;
export type SurveyDefinition = z.infer<typeof definitionSchema>;
export type SurveyScale = z.infer<typeof scale>;
export type SurveyOption = z.infer<typeof option>;

/**
 * One response's answers by question id: an option id (single), option ids (multi), a number
 * (scale, number, municipality territory id), item id → number (matrix), 'yes' | 'no', or text.
 */
export type SurveyAnswer = string | string[] | number | Record<string, number>;
export type SurveyAnswers = Record<string, SurveyAnswer>;

/** The coarse facts results may be broken down by; each one optional (never asked for its own sake). */
export type SurveyRespondentAttributes = {
	eventId?: string;
	municipalityId?: number;
	gender?: string;
	ageBand?: string;
};

export type { LocalizedText };
