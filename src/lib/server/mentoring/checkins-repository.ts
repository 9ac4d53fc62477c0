/** outcome_checkins: created by the daily run for accepted mentees, answered from the e-mailed link. */
import { and, eq, sql } from 'drizzle-orm';
import { cohorts, outcomeCheckins, people, programmeApplications, programmes } from '../db/schema';
import type { ReportedJob } from '../db/schema';
import type { Db } from '../db/types';
import type { CheckinPoint } from './due';

/** Accepted mentees of cohorts that have ended, with the check-in points they already have. */
export async function listCheckinCandidates(db: Db, today: string) {
	return db
		.select({
			applicationId: programmeApplications.id,
			cohortEndsOn: cohorts.endsOn,
			email: people.email,
			name: people.name,
			locale: people.locale,
			programmeTitle: programmes.title,
			existing: sql<CheckinPoint[]>`coalesce((SELECT array_agg(${outcomeCheckins.due}::text) FROM ${outcomeCheckins} WHERE ${outcomeCheckins.applicationId} = ${programmeApplications.id}), '{}')`
		})
		.from(programmeApplications)
		.innerJoin(cohorts, eq(cohorts.id, programmeApplications.cohortId))
		.innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
		.innerJoin(people, eq(people.id, programmeApplications.personId))
		.where(and(eq(programmeApplications.status, 'accepted'), sql`${cohorts.endsOn} <= ${today}`, sql`${cohorts.status} <> 'cancelled'`));
}

/** The new row's id, or null when another run created it first (the unique application + due index). */
export async function insertCheckin(db: Db, applicationId: string, due: CheckinPoint, dueOn: string, now: Date): Promise<string | null> {
	const [row] = await db.insert(outcomeCheckins).values({ applicationId, due, dueOn, sentAt: now }).onConflictDoNothing().returning({ id: outcomeCheckins.id });
	return row?.id ?? null;
}

export async function findCheckin(db: Db, id: string) {
	const [row] = await db
		.select({
			id: outcomeCheckins.id,
			due: outcomeCheckins.due,
			dueOn: outcomeCheckins.dueOn,
			answeredAt: outcomeCheckins.answeredAt,
			ideaStatus: outcomeCheckins.ideaStatus,
			companyRegistered: outcomeCheckins.companyRegistered,
			registrationNumber: outcomeCheckins.registrationNumber,
			socialEnterprise: outcomeCheckins.socialEnterprise,
			jobs: outcomeCheckins.jobs,
			fte: outcomeCheckins.fte,
			turnoverBand: outcomeCheckins.turnoverBand,
			producerId: outcomeCheckins.producerId,
			programmeTitle: programmes.title,
			personName: people.name
		})
		.from(outcomeCheckins)
		.innerJoin(programmeApplications, eq(programmeApplications.id, outcomeCheckins.applicationId))
		.innerJoin(cohorts, eq(cohorts.id, programmeApplications.cohortId))
		.innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
		.innerJoin(people, eq(people.id, programmeApplications.personId))
		.where(eq(outcomeCheckins.id, id));
	return row ?? null;
}

export type CheckinAnswer = {
	ideaStatus: 'idea' | 'registering' | 'operating' | 'stopped';
	companyRegistered: boolean;
	registrationNumber: string | null;
	socialEnterprise: boolean;
	jobs: ReportedJob[];
	fte: number;
	turnoverBand: string | null;
	producerId: string | null;
};

/** Answering again replaces the answer on the same row. */
export async function saveCheckinAnswer(db: Db, id: string, a: CheckinAnswer, now = new Date()): Promise<void> {
	await db
		.update(outcomeCheckins)
		.set({ ...a, answeredAt: now, updatedAt: now })
		.where(eq(outcomeCheckins.id, id));
}
