/** survey_respondents: that a person answered a survey (never which response was theirs). */
import { and, eq, inArray } from 'drizzle-orm';
import { surveyRespondents, surveys } from '../db/schema';
import type { Db } from '../db/types';

export async function hasResponded(db: Db, surveyId: string, personId: string): Promise<boolean> {
	const [row] = await db
		.select({ personId: surveyRespondents.personId })
		.from(surveyRespondents)
		.where(and(eq(surveyRespondents.surveyId, surveyId), eq(surveyRespondents.personId, personId)));
	return !!row;
}

/** False when the person is already recorded (the primary key refuses a second response). */
export async function recordRespondent(db: Db, surveyId: string, personId: string, day: string): Promise<boolean> {
	const rows = await db.insert(surveyRespondents).values({ surveyId, personId, respondedOn: day }).onConflictDoNothing().returning({ personId: surveyRespondents.personId });
	return rows.length === 1;
}

/** For a person's data download: which surveys they answered and on which day. */
export async function respondentsForExport(db: Db, personIds: string[]) {
	if (!personIds.length) return [];
	return db
		.select({ survey: surveys.title, respondedOn: surveyRespondents.respondedOn })
		.from(surveyRespondents)
		.innerJoin(surveys, eq(surveys.id, surveyRespondents.surveyId))
		.where(inArray(surveyRespondents.personId, personIds));
}
