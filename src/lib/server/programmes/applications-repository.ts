/** All SQL for `programme_applications`: explicit columns; staff lists join the person for name and address. */
import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { SurveyAnswers } from '$lib/domain/survey/types';
import { people, programmeApplications as apps } from '../db/schema';
import { toNumber, type Db } from '../db/types';

export const applicationColumns = {
	id: apps.id,
	cohortId: apps.cohortId,
	personId: apps.personId,
	participationId: apps.participationId,
	status: apps.status,
	answers: apps.answers,
	sectors: apps.sectors,
	municipalityId: apps.municipalityId,
	languages: apps.languages,
	needs: apps.needs,
	consentAt: apps.consentAt,
	confirmedAt: apps.confirmedAt,
	decisionMessage: apps.decisionMessage,
	decidedAt: apps.decidedAt,
	createdAt: apps.createdAt
};
export type ApplicationRow = { [K in keyof typeof applicationColumns]: (typeof apps.$inferSelect)[K] };
export type ApplicationStatus = ApplicationRow['status'];

export type NewApplication = {
	cohortId: string;
	personId: string;
	answers: SurveyAnswers;
	sectors: string[];
	municipalityId: number | null;
	languages: string[];
	needs: string;
	consentAt: Date;
	confirmedAt: Date | null;
};

/** Null when the person already applied to the cohort (one application per person and cohort). */
export async function insertApplication(db: Db, a: NewApplication): Promise<string | null> {
	const [row] = await db.insert(apps).values(a).onConflictDoNothing({ target: [apps.cohortId, apps.personId] }).returning({ id: apps.id });
	return row?.id ?? null;
}

export async function findApplication(db: Db, id: string): Promise<ApplicationRow | null> {
	const [row] = await db.select(applicationColumns).from(apps).where(eq(apps.id, id));
	return row ?? null;
}

export async function findApplicationOfPerson(db: Db, cohortId: string, personId: string): Promise<ApplicationRow | null> {
	const [row] = await db.select(applicationColumns).from(apps).where(and(eq(apps.cohortId, cohortId), eq(apps.personId, personId)));
	return row ?? null;
}

export async function confirmApplication(db: Db, id: string, now: Date): Promise<void> {
	await db.update(apps).set({ confirmedAt: now, updatedAt: now }).where(and(eq(apps.id, id), sql`${apps.confirmedAt} IS NULL`));
}

/** The participation (registered, not yet attended) a confirmed application holds. */
export async function linkParticipation(db: Db, id: string, participationId: string): Promise<void> {
	await db.update(apps).set({ participationId }).where(eq(apps.id, id));
}

export async function setDecision(db: Db, id: string, d: { status: ApplicationStatus; message: string | null; by: string; participationId: string | null }, now: Date): Promise<void> {
	await db.update(apps).set({ status: d.status, decisionMessage: d.message, decidedAt: now, decidedBy: d.by, participationId: d.participationId, updatedAt: now }).where(eq(apps.id, id));
}

export type StaffApplication = ApplicationRow & { name: string | null; email: string | null; locale: string };

/** Confirmed applications of a cohort, oldest first (first come, first read). */
export async function listConfirmedApplications(db: Db, cohortId: string): Promise<StaffApplication[]> {
	return db
		.select({ ...applicationColumns, name: people.name, email: people.email, locale: people.locale })
		.from(apps)
		.innerJoin(people, eq(people.id, apps.personId))
		.where(and(eq(apps.cohortId, cohortId), isNotNull(apps.confirmedAt)))
		.orderBy(asc(apps.createdAt), apps.id);
}

/** Confirmed applications per status, and the unconfirmed ones apart (staff cannot act on them yet). */
export async function statusCounts(db: Db, cohortIds: string[]): Promise<Map<string, Record<ApplicationStatus | 'unconfirmed', number>>> {
	const out = new Map<string, Record<ApplicationStatus | 'unconfirmed', number>>();
	if (!cohortIds.length) return out;
	const rows = await db
		.select({ cohortId: apps.cohortId, status: apps.status, confirmed: sql<boolean>`${apps.confirmedAt} IS NOT NULL`, n: count() })
		.from(apps)
		.where(inArray(apps.cohortId, cohortIds))
		.groupBy(apps.cohortId, apps.status, sql`${apps.confirmedAt} IS NOT NULL`);
	for (const id of cohortIds) out.set(id, { submitted: 0, accepted: 0, waitlisted: 0, declined: 0, withdrawn: 0, unconfirmed: 0 });
	for (const r of rows) {
		const c = out.get(r.cohortId)!;
		if (r.confirmed) c[r.status] += toNumber(r.n);
		else c.unconfirmed += toNumber(r.n);
	}
	return out;
}

export async function countAccepted(db: Db, cohortId: string): Promise<number> {
	const [row] = await db.select({ n: count() }).from(apps).where(and(eq(apps.cohortId, cohortId), eq(apps.status, 'accepted')));
	return toNumber(row.n);
}

/** Accepted per cohort (the public "places left"). */
export async function acceptedCounts(db: Db, cohortIds: string[]): Promise<Map<string, number>> {
	const out = new Map<string, number>(cohortIds.map((id) => [id, 0]));
	if (!cohortIds.length) return out;
	const rows = await db.select({ cohortId: apps.cohortId, n: count() }).from(apps).where(and(inArray(apps.cohortId, cohortIds), eq(apps.status, 'accepted'))).groupBy(apps.cohortId);
	for (const r of rows) out.set(r.cohortId, toNumber(r.n));
	return out;
}

/** A person's applications for their data download. */
export async function applicationsForExport(db: Db, personIds: string[]) {
	if (!personIds.length) return [];
	const { id, cohortId, status, answers, sectors, municipalityId, languages, needs, consentAt, confirmedAt, decisionMessage, decidedAt, createdAt } = applicationColumns;
	const cols = { id, cohortId, status, answers, sectors, municipalityId, languages, needs, consentAt, confirmedAt, decisionMessage, decidedAt, createdAt };
	return db.select(cols).from(apps).where(inArray(apps.personId, personIds)).orderBy(asc(apps.createdAt));
}

/** What an anonymised person said in their own words goes; statuses stay (cohort counts need them). */
export async function eraseApplicationTexts(db: Db, personIds: string[]): Promise<void> {
	if (!personIds.length) return;
	await db.update(apps).set({ answers: {}, needs: '', decisionMessage: null, municipalityId: null, updatedAt: new Date() }).where(inArray(apps.personId, personIds));
}

/** A merge: the merged person's applications go to the survivor, except where the survivor applied to the same cohort. */
export async function moveApplications(db: Db, from: string, to: string): Promise<number> {
	await db.delete(apps).where(and(eq(apps.personId, from), sql`${apps.cohortId} IN (SELECT cohort_id FROM programme_applications WHERE person_id = ${to})`));
	const moved = await db.update(apps).set({ personId: to }).where(eq(apps.personId, from)).returning({ id: apps.id });
	return moved.length;
}

/** Every answer given to a cohort's form (the builder never hands out an id an answer still uses). */
export async function answersOfCohort(db: Db, cohortId: string): Promise<SurveyAnswers[]> {
	const rows = await db.select({ answers: apps.answers }).from(apps).where(eq(apps.cohortId, cohortId));
	return rows.map((r) => r.answers);
}
