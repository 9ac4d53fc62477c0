/**
 * Reads of survey_responses for the results and exports (writes live in responses-repository.ts).
 * Submitted responses only: an answer in progress is not a result yet.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { LocalizedText } from '$lib/domain/types';
import type { SurveyAnswers, SurveyRespondentAttributes } from '$lib/domain/survey/types';
import { events, people, surveyResponses, territories } from '../db/schema';
import type { Db } from '../db/types';

export type SubmittedResponse = {
	id: string;
	version: number;
	answers: SurveyAnswers;
	attributes: SurveyRespondentAttributes;
	language: string;
	submittedOn: string | null;
	personId: string | null;
};

/** In the order they were submitted (by day, then id: no finer time is kept). */
export async function listSubmittedResponses(db: Db, surveyId: string): Promise<SubmittedResponse[]> {
	return db
		.select({
			id: surveyResponses.id,
			version: surveyResponses.version,
			answers: surveyResponses.answers,
			attributes: surveyResponses.attributes,
			language: surveyResponses.language,
			submittedOn: surveyResponses.submittedOn,
			personId: surveyResponses.personId
		})
		.from(surveyResponses)
		.where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.state, 'submitted')))
		.orderBy(asc(surveyResponses.submittedOn), asc(surveyResponses.id));
}

/** Whether a response is a submitted one of the survey (a quote may only point at such). */
export async function isSubmittedResponseOf(db: Db, surveyId: string, responseId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: surveyResponses.id })
		.from(surveyResponses)
		.where(and(eq(surveyResponses.id, responseId), eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.state, 'submitted')));
	return Boolean(row);
}

export async function municipalityNames(db: Db, ids: number[]): Promise<Map<number, LocalizedText>> {
	if (!ids.length) return new Map();
	const rows = await db.select({ id: territories.id, name: territories.name }).from(territories).where(inArray(territories.id, ids));
	return new Map(rows.map((r) => [r.id, r.name]));
}

export async function eventTitles(db: Db, ids: string[]): Promise<Map<string, LocalizedText>> {
	if (!ids.length) return new Map();
	const rows = await db.select({ id: events.id, title: events.title }).from(events).where(inArray(events.id, ids));
	return new Map(rows.map((r) => [r.id, r.title]));
}

/** Names and addresses of identified respondents (an anonymous survey has no person ids to ask for). */
export async function peopleNames(db: Db, ids: string[]): Promise<Map<string, { name: string | null; email: string | null }>> {
	if (!ids.length) return new Map();
	const rows = await db.select({ id: people.id, name: people.name, email: people.email }).from(people).where(inArray(people.id, ids));
	return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email }]));
}
