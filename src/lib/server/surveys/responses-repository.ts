/** survey_responses: writes of one response and reads of one response (results read elsewhere). */
import { and, eq, inArray } from 'drizzle-orm';
import type { SurveyAnswers, SurveyRespondentAttributes } from '$lib/domain/survey/types';
import { surveyResponses, surveys } from '../db/schema';
import type { Db } from '../db/types';

export type ResponseInProgress = { id: string; surveyId: string; version: number; answers: SurveyAnswers; language: string; personId: string | null };

export type NewResponse = {
	surveyId: string;
	version: number;
	personId: string | null;
	state: 'in_progress' | 'submitted';
	answers: SurveyAnswers;
	language: string;
	/** Days only ("2026-12-06"), never times: an anonymous response must not be matched by when it came. */
	startedOn: string;
	submittedOn: string | null;
	resumeTokenHash: string | null;
	/** What results are broken down by (attributes.ts), set at submission. */
	attributes?: SurveyRespondentAttributes;
};

export async function insertResponse(db: Db, v: NewResponse): Promise<string> {
	const [row] = await db.insert(surveyResponses).values(v).returning({ id: surveyResponses.id });
	return row.id;
}

/** A saved, not yet submitted response by its resume token's hash. */
export async function findResponseByResumeHash(db: Db, surveyId: string, hash: string): Promise<ResponseInProgress | null> {
	const [row] = await db
		.select({ id: surveyResponses.id, surveyId: surveyResponses.surveyId, version: surveyResponses.version, answers: surveyResponses.answers, language: surveyResponses.language, personId: surveyResponses.personId })
		.from(surveyResponses)
		.where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.resumeTokenHash, hash), eq(surveyResponses.state, 'in_progress')));
	return row ?? null;
}

/** Saves again (still in progress) or submits (the resume token is forgotten). False if it was submitted meanwhile. */
export async function updateResponse(
	db: Db,
	id: string,
	v: { answers: SurveyAnswers; language: string; version: number; submittedOn: string | null; attributes?: SurveyRespondentAttributes }
): Promise<boolean> {
	const submitted = v.submittedOn !== null;
	const rows = await db
		.update(surveyResponses)
		.set({ answers: v.answers, language: v.language, version: v.version, ...(submitted ? { state: 'submitted' as const, submittedOn: v.submittedOn, resumeTokenHash: null, attributes: v.attributes ?? {} } : {}) })
		.where(and(eq(surveyResponses.id, id), eq(surveyResponses.state, 'in_progress')))
		.returning({ id: surveyResponses.id });
	return rows.length === 1;
}

/** An identified response of these people (for their data download). */
export async function responsesForExport(db: Db, personIds: string[]) {
	if (!personIds.length) return [];
	return db
		.select({ survey: surveys.title, state: surveyResponses.state, answers: surveyResponses.answers, language: surveyResponses.language, startedOn: surveyResponses.startedOn, submittedOn: surveyResponses.submittedOn })
		.from(surveyResponses)
		.innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
		.where(inArray(surveyResponses.personId, personIds));
}

/** Erasure: the answers stay counted but no longer name the person. */
export async function unlinkResponsesOfPeople(db: Db, personIds: string[]): Promise<void> {
	if (!personIds.length) return;
	await db.update(surveyResponses).set({ personId: null }).where(inArray(surveyResponses.personId, personIds));
}

/** The saved, unsubmitted response of a person in an identified survey (there is at most one). */
export async function findInProgressOfPerson(db: Db, surveyId: string, personId: string): Promise<string | null> {
	const [row] = await db
		.select({ id: surveyResponses.id })
		.from(surveyResponses)
		.where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.personId, personId), eq(surveyResponses.state, 'in_progress')));
	return row?.id ?? null;
}

/** A new resume link for a saved response (the old one stops working). */
export async function setResumeHash(db: Db, id: string, hash: string): Promise<void> {
	await db.update(surveyResponses).set({ resumeTokenHash: hash }).where(eq(surveyResponses.id, id));
}
