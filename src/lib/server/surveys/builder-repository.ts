/** The builder's writes to surveys and survey_versions, and the response counts versioning weighs. */
import { and, count, eq, like, or } from 'drizzle-orm';
import type { SurveyDefinition } from '$lib/domain/survey/types';
import { surveyResponses, surveys, surveyVersions } from '../db/schema';
import type { Db } from '../db/types';
import type { SurveyRow, SurveyStatus, SurveyValues } from './surveys-repository';

/** Responses (in progress or submitted) given to one version: any means its answers must stay readable. */
export async function countResponsesOnVersion(db: Db, surveyId: string, version: number): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(surveyResponses)
		.where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.version, version)));
	return row?.n ?? 0;
}

export async function countResponses(db: Db, surveyId: string): Promise<number> {
	const [row] = await db.select({ n: count() }).from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
	return row?.n ?? 0;
}

/** Submitted responses per survey of an organisation (the list shows them). */
export async function submittedCounts(db: Db, organisationId: string): Promise<Map<string, number>> {
	const rows = await db
		.select({ surveyId: surveyResponses.surveyId, n: count() })
		.from(surveyResponses)
		.innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
		.where(and(eq(surveys.organisationId, organisationId), eq(surveyResponses.state, 'submitted')))
		.groupBy(surveyResponses.surveyId);
	return new Map(rows.map((r) => [r.surveyId, r.n]));
}

export async function updateVersionDefinition(db: Db, surveyId: string, version: number, definition: SurveyDefinition, now: Date): Promise<void> {
	await db
		.update(surveyVersions)
		.set({ definition })
		.where(and(eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.version, version)));
	await db.update(surveys).set({ updatedAt: now }).where(eq(surveys.id, surveyId));
}

/** A new version that new answers are given to from now on. */
export async function insertCurrentVersion(db: Db, surveyId: string, version: number, definition: SurveyDefinition, now: Date): Promise<void> {
	await db.insert(surveyVersions).values({ surveyId, version, definition, createdAt: now });
	await db.update(surveys).set({ currentVersion: version, updatedAt: now }).where(eq(surveys.id, surveyId));
}

/** The settings (the organisation never changes). */
export async function updateSurveyRow(db: Db, id: string, v: SurveyValues, now: Date): Promise<void> {
	await db
		.update(surveys)
		.set({ projectId: v.projectId, eventId: v.eventId, title: v.title, intro: v.intro, audience: v.audience, mode: v.mode, closesAt: v.closesAt, sortKey: v.sortKey, updatedAt: now })
		.where(eq(surveys.id, id));
}

export async function setSurveyStatus(db: Db, id: string, status: SurveyStatus, now: Date): Promise<void> {
	await db.update(surveys).set({ status, updatedAt: now }).where(eq(surveys.id, id));
}

export async function deleteSurveyRow(db: Db, id: SurveyRow['id']): Promise<void> {
	await db.delete(surveys).where(eq(surveys.id, id));
}

export async function takenSurveySlugs(db: Db, base: string): Promise<Set<string>> {
	const rows = await db
		.select({ slug: surveys.slug })
		.from(surveys)
		.where(or(eq(surveys.slug, base), like(surveys.slug, `${base}-%`)));
	return new Set(rows.map((r) => r.slug));
}
