/** surveys and survey_versions: a survey's row and its question versions. */
import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { LocalizedText } from '$lib/domain/types';
import type { SurveyDefinition } from '$lib/domain/survey/types';
import { surveys, surveyVersions } from '../db/schema';
import { toNumber, type Db } from '../db/types';

export type SurveyStatus = 'draft' | 'open' | 'closed';
export type SurveyMode = 'anonymous' | 'identified';
export type SurveyAudience = 'link' | 'event_attendees' | 'project';

export type SurveyRow = {
	id: string;
	organisationId: string;
	projectId: string | null;
	eventId: string | null;
	slug: string;
	title: LocalizedText;
	intro: LocalizedText;
	audience: SurveyAudience;
	mode: SurveyMode;
	status: SurveyStatus;
	currentVersion: number;
	closesAt: Date | null;
	resultsPublishedAt: Date | null;
	isDemo: boolean;
	createdAt: Date;
	updatedAt: Date;
};

export const surveyColumns = {
	id: surveys.id,
	organisationId: surveys.organisationId,
	projectId: surveys.projectId,
	eventId: surveys.eventId,
	slug: surveys.slug,
	title: surveys.title,
	intro: surveys.intro,
	audience: surveys.audience,
	mode: surveys.mode,
	status: surveys.status,
	currentVersion: surveys.currentVersion,
	closesAt: surveys.closesAt,
	resultsPublishedAt: surveys.resultsPublishedAt,
	isDemo: surveys.isDemo,
	createdAt: surveys.createdAt,
	updatedAt: surveys.updatedAt
};

export type SurveyValues = Pick<SurveyRow, 'organisationId' | 'projectId' | 'eventId' | 'title' | 'intro' | 'audience' | 'mode' | 'closesAt'> & { sortKey: string };

/** A new survey in draft with its first (possibly empty-sectioned) version; `id` only for seeded rows. */
export async function insertSurvey(db: Db, v: SurveyValues & { id?: string; slug: string; definition: SurveyDefinition; createdBy: string | null; isDemo?: boolean; now: Date }): Promise<string> {
	const { now, definition, ...values } = v;
	const [row] = await db
		.insert(surveys)
		.values({ ...values, currentVersion: 1, createdAt: now, updatedAt: now })
		.returning({ id: surveys.id });
	await db.insert(surveyVersions).values({ surveyId: row.id, version: 1, definition, createdAt: now });
	return row.id;
}

export async function findSurvey(db: Db, id: string): Promise<SurveyRow | null> {
	const [row] = await db.select(surveyColumns).from(surveys).where(eq(surveys.id, id));
	return (row as SurveyRow | undefined) ?? null;
}

export async function findSurveyBySlug(db: Db, slug: string): Promise<SurveyRow | null> {
	const [row] = await db.select(surveyColumns).from(surveys).where(eq(surveys.slug, slug));
	return (row as SurveyRow | undefined) ?? null;
}

export async function listSurveysOfOrganisation(db: Db, organisationId: string): Promise<SurveyRow[]> {
	const rows = await db.select(surveyColumns).from(surveys).where(eq(surveys.organisationId, organisationId)).orderBy(sql`${surveys.sortKey} COLLATE "C"`);
	return rows as SurveyRow[];
}

export async function findSurveyVersion(db: Db, surveyId: string, version: number): Promise<SurveyDefinition | null> {
	const [row] = await db
		.select({ definition: surveyVersions.definition })
		.from(surveyVersions)
		.where(and(eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.version, version)));
	return row?.definition ?? null;
}

/** Every version, oldest first (results read answers given to older versions too). */
export async function listSurveyVersions(db: Db, surveyId: string): Promise<{ version: number; definition: SurveyDefinition }[]> {
	return db
		.select({ version: surveyVersions.version, definition: surveyVersions.definition })
		.from(surveyVersions)
		.where(eq(surveyVersions.surveyId, surveyId))
		.orderBy(asc(surveyVersions.version));
}

export type PublishedSurvey = { slug: string; title: LocalizedText; resultsPublishedAt: Date; respondents: number };

/** Surveys whose results are public, of a project or an organisation, newest results first, with how many answered. */
export async function listPublishedSurveys(db: Db, of: { projectId: string } | { organisationId: string }, limit = 10): Promise<PublishedSurvey[]> {
	// written out: drizzle would leave the outer column unqualified, and the subquery would compare its own id
	const respondents = sql<number>`(select count(*) from survey_responses r where r.survey_id = "surveys"."id" and r.state = 'submitted')`;
	const rows = await db
		.select({ slug: surveys.slug, title: surveys.title, resultsPublishedAt: surveys.resultsPublishedAt, respondents })
		.from(surveys)
		.where(and(isNotNull(surveys.resultsPublishedAt), 'projectId' in of ? eq(surveys.projectId, of.projectId) : eq(surveys.organisationId, of.organisationId)))
		.orderBy(desc(surveys.resultsPublishedAt))
		.limit(limit);
	return rows.map((r) => ({ ...r, resultsPublishedAt: r.resultsPublishedAt!, respondents: toNumber(r.respondents) }));
}
