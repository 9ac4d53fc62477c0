/**
 * /api/v1/surveys/{slug}/results: published survey results, registered in the API's schema registry
 * so they appear in the OpenAPI document. Counts and percentages with their bases; free-text answers
 * only as the quotes an editor chose; never a breakdown, never who answered.
 */
import { z } from 'zod';
import { apiSchemas, itemResponse, OrganisationRef } from '../api/schemas';
import { paramParts } from '../api/params';

const { common } = paramParts;
const text = z.string();
const percent = z.number().min(0).max(100).describe('Whole percent while the base is under 1000, one decimal from 1000 up; absent when nobody answered.');
const Share = { count: z.int().min(0), percent: percent.optional() };

const SurveyQuestionResult = z
	.object({
		id: z.string().min(1).describe('The question’s stable id.'),
		kind: z.enum(['choice', 'scale', 'matrix', 'number']),
		type: z.enum(['single', 'multi', 'yes_no', 'municipality', 'scale', 'matrix', 'number']),
		text,
		n: z.int().min(0).describe('The base: respondents who answered this question.'),
		multiple_answers: z.boolean().optional().describe('Several answers could be chosen: percentages are of respondents and may add up to more than 100.'),
		options: z.array(z.object({ id: z.string().min(1), label: text, ...Share })).optional(),
		distribution: z.array(z.object({ value: z.int(), ...Share })).optional(),
		mean: z.number().optional().describe('One decimal.'),
		median: z.number().optional(),
		min: z.number().optional(),
		max: z.number().optional(),
		items: z.array(z.object({ id: z.string().min(1), label: text, n: z.int().min(0), mean: z.number().optional(), distribution: z.array(z.object({ value: z.int(), ...Share })) })).optional()
	})
	.register(apiSchemas, { id: 'SurveyQuestionResult', description: 'One question’s counted answers.' });

export const SurveyResultsBody = z
	.object({
		type: z.literal('survey_results'),
		slug: z.string().min(1),
		name: text.describe('The survey’s title in the requested language (Latvian when untranslated).'),
		url: z.url().describe('The public results page.'),
		organisation: OrganisationRef,
		published_at: z.iso.datetime({ offset: true }),
		respondents: z.int().min(0).describe('Submitted responses.'),
		questions: z.array(SurveyQuestionResult),
		quotes: z.array(z.object({ question: text, text })).describe('Free-text answers the editor chose to show; no other free text is published.')
	})
	.register(apiSchemas, { id: 'SurveyResults', description: 'A survey’s published results.' });

export const SurveyResultsResponse = itemResponse('SurveyResultsResponse', SurveyResultsBody, 'A survey’s published results.');
export type SurveyResultsApiBody = z.output<typeof SurveyResultsBody>;

export const SURVEY_OPERATIONS = [
	{
		path: '/surveys/{slug}/results',
		operationId: 'getSurveyResults',
		summary: 'Get a survey’s published results',
		description:
			'Counts and percentages per question with the base `n` (respondents who answered it); multiple-choice percentages are of respondents and may add up to more than 100. Scales with their distribution and mean. Free-text answers only as chosen quotes. Only surveys whose results an editor published; any other slug is a 404.',
		tag: 'Surveys' as const,
		query: z.object(common),
		slugOf: 'survey',
		response: 'SurveyResultsResponse'
	}
];
