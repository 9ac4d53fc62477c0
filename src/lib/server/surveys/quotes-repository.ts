/** survey_quotes: the free-text answers an editor chose to show on the public results page. */
import { and, asc, eq, max } from 'drizzle-orm';
import { surveyQuotes } from '../db/schema';
import type { Db } from '../db/types';

export type QuoteRef = { responseId: string; questionId: string; position: number };

export async function listQuotes(db: Db, surveyId: string): Promise<QuoteRef[]> {
	return db
		.select({ responseId: surveyQuotes.responseId, questionId: surveyQuotes.questionId, position: surveyQuotes.position })
		.from(surveyQuotes)
		.where(eq(surveyQuotes.surveyId, surveyId))
		.orderBy(asc(surveyQuotes.position), asc(surveyQuotes.responseId));
}

/** Adds a quote at the end (picking one twice changes nothing). */
export async function insertQuote(db: Db, surveyId: string, responseId: string, questionId: string): Promise<void> {
	const [last] = await db.select({ p: max(surveyQuotes.position) }).from(surveyQuotes).where(eq(surveyQuotes.surveyId, surveyId));
	await db
		.insert(surveyQuotes)
		.values({ surveyId, responseId, questionId, position: (last?.p ?? -1) + 1 })
		.onConflictDoNothing();
}

export async function deleteQuote(db: Db, surveyId: string, responseId: string, questionId: string): Promise<boolean> {
	const gone = await db
		.delete(surveyQuotes)
		.where(and(eq(surveyQuotes.surveyId, surveyId), eq(surveyQuotes.responseId, responseId), eq(surveyQuotes.questionId, questionId)))
		.returning({ id: surveyQuotes.responseId });
	return gone.length > 0;
}
