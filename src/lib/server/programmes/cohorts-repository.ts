/** All SQL for `cohorts`: explicit columns; a cohort is locked while places are decided. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { SurveyDefinition } from '$lib/domain/survey/types';
import { cohorts } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';

export const cohortColumns = {
	id: cohorts.id,
	programmeId: cohorts.programmeId,
	slug: cohorts.slug,
	title: cohorts.title,
	status: cohorts.status,
	startsOn: cohorts.startsOn,
	endsOn: cohorts.endsOn,
	applicationsOpenAt: cohorts.applicationsOpenAt,
	applicationsCloseAt: cohorts.applicationsCloseAt,
	capacity: cohorts.capacity,
	eligibility: cohorts.eligibility,
	languages: cohorts.languages,
	applicationForm: cohorts.applicationForm,
	nudgeWeeks: cohorts.nudgeWeeks
};
export type CohortRow = { [K in keyof typeof cohortColumns]: (typeof cohorts.$inferSelect)[K] };

export async function listCohortsOfProgrammes(db: Db, programmeIds: string[]): Promise<CohortRow[]> {
	if (!programmeIds.length) return [];
	return db.select(cohortColumns).from(cohorts).where(inArray(cohorts.programmeId, programmeIds)).orderBy(asc(cohorts.startsOn), cohorts.id);
}

export async function findCohortOfProgramme(db: Db, programmeId: string, id: string): Promise<CohortRow | null> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
	const [row] = await db.select(cohortColumns).from(cohorts).where(and(eq(cohorts.id, id), eq(cohorts.programmeId, programmeId)));
	return row ?? null;
}

export async function findCohortBySlug(db: Db, programmeId: string, slug: string): Promise<CohortRow | null> {
	const [row] = await db.select(cohortColumns).from(cohorts).where(and(eq(cohorts.slug, slug), eq(cohorts.programmeId, programmeId)));
	return row ?? null;
}

export async function findCohort(db: Db, id: string): Promise<CohortRow | null> {
	const [row] = await db.select(cohortColumns).from(cohorts).where(eq(cohorts.id, id));
	return row ?? null;
}

/** The cohort's row lock: decisions on its places queue behind each other (capacity holds). */
export async function lockCohort(db: Db, id: string): Promise<CohortRow | null> {
	const [row] = await db.select(cohortColumns).from(cohorts).where(eq(cohorts.id, id)).for('update');
	return row ?? null;
}

export async function cohortSlugsLike(db: Db, root: string): Promise<Set<string>> {
	const rows = await db.select({ slug: cohorts.slug }).from(cohorts).where(sql`${cohorts.slug} LIKE ${`${root}%`}`);
	return new Set(rows.map((r) => r.slug));
}

export type CohortValues = {
	title: LocalizedText;
	status: CohortRow['status'];
	startsOn: string;
	endsOn: string;
	applicationsOpenAt: Date | null;
	applicationsCloseAt: Date | null;
	capacity: number | null;
	eligibility: LocalizedText;
	languages: string[];
	nudgeWeeks: number;
};

export async function insertCohort(db: Db, v: CohortValues & { programmeId: string; slug: string; applicationForm: SurveyDefinition }): Promise<string> {
	const [row] = await db.insert(cohorts).values(v).returning({ id: cohorts.id });
	return row.id;
}

export async function updateCohort(db: Db, id: string, v: CohortValues, now: Date): Promise<void> {
	await db.update(cohorts).set({ ...v, updatedAt: now }).where(eq(cohorts.id, id));
}

export async function updateApplicationForm(db: Db, id: string, form: SurveyDefinition, now: Date): Promise<void> {
	await db.update(cohorts).set({ applicationForm: form, updatedAt: now }).where(eq(cohorts.id, id));
}
