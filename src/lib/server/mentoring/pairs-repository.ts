/** A pair (mentoring_matches) with the people and cohort it names, and its goals, sessions and shared things. */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import { cohorts, mentoringGoals, mentoringMatches, mentoringResources, mentoringSessions, mentors, people, programmeApplications, programmes } from '../db/schema';
import type { Db } from '../db/types';
import type { PairSide } from './tokens';

export const mentee = alias(people, 'mentee');
export const mentor = alias(people, 'mentor_person');

/**
 * A dynamic select from mentoring_matches joined to its cohort, programme, mentee (through the
 * application) and mentor (through the pool) — `mentee` and `mentor` are the people aliases it joins:
 * the one join chain the pair's page and the staff list both read.
 */
export function joinPairs<Q extends PgSelect>(query: Q) {
	return query
		.innerJoin(cohorts, eq(cohorts.id, mentoringMatches.cohortId))
		.innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
		.innerJoin(programmeApplications, eq(programmeApplications.id, mentoringMatches.applicationId))
		.innerJoin(mentee, eq(mentee.id, programmeApplications.personId))
		.innerJoin(mentors, eq(mentors.id, mentoringMatches.mentorId))
		.innerJoin(mentor, eq(mentor.id, mentors.personId));
}

export type PairRow = Awaited<ReturnType<typeof findPair>> & {};

/** Everything the pair's page, the staff page and the nudges need about one pair, or null. */
export async function findPair(db: Db, matchId: string) {
	const [row] = await joinPairs(
		db
			.select({
				id: mentoringMatches.id,
				status: mentoringMatches.status,
				startedOn: mentoringMatches.startedOn,
				endedOn: mentoringMatches.endedOn,
				endReason: mentoringMatches.endReason,
				menteeFeedback: mentoringMatches.menteeFeedback,
				mentorFeedback: mentoringMatches.mentorFeedback,
				menteeRating: mentoringMatches.menteeRating,
				mentorRating: mentoringMatches.mentorRating,
				applicationId: mentoringMatches.applicationId,
				cohortId: cohorts.id,
				cohortTitle: cohorts.title,
				cohortStartsOn: cohorts.startsOn,
				cohortEndsOn: cohorts.endsOn,
				nudgeWeeks: cohorts.nudgeWeeks,
				programmeTitle: programmes.title,
				organisationId: programmes.organisationId,
				menteePersonId: mentee.id,
				menteeName: mentee.name,
				menteeEmail: mentee.email,
				menteeLocale: mentee.locale,
				mentorPersonId: mentor.id,
				mentorName: mentor.name,
				mentorEmail: mentor.email,
				mentorLocale: mentor.locale
			})
			.from(mentoringMatches)
			.$dynamic()
	).where(eq(mentoringMatches.id, matchId));
	return row ?? null;
}

export async function listGoals(db: Db, matchId: string) {
	return db
		.select({ id: mentoringGoals.id, kind: mentoringGoals.kind, title: mentoringGoals.title, dueOn: mentoringGoals.dueOn, doneAt: mentoringGoals.doneAt })
		.from(mentoringGoals)
		.where(eq(mentoringGoals.matchId, matchId))
		.orderBy(asc(mentoringGoals.position), asc(mentoringGoals.createdAt));
}

export async function insertGoal(db: Db, matchId: string, goal: { kind: 'goal' | 'milestone'; title: string; dueOn: string | null }): Promise<string> {
	const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(mentoringGoals).where(eq(mentoringGoals.matchId, matchId));
	const [row] = await db.insert(mentoringGoals).values({ matchId, ...goal, position: n }).returning({ id: mentoringGoals.id });
	return row.id;
}

/** Only a goal of this pair: a goal id from another pair's page changes nothing. */
export async function setGoalDone(db: Db, matchId: string, goalId: string, done: boolean, now = new Date()): Promise<boolean> {
	const rows = await db
		.update(mentoringGoals)
		.set({ doneAt: done ? now : null, updatedAt: now })
		.where(and(eq(mentoringGoals.matchId, matchId), eq(mentoringGoals.id, goalId)))
		.returning({ id: mentoringGoals.id });
	return rows.length > 0;
}

export type SessionView = { id: string; heldOn: string; minutes: number; format: 'in_person' | 'online' | 'phone'; notes: string | null; nextStep: string | null };

/** The pair's sessions, newest first. Without `withNotes` the notes and next step are never read from the table. */
export async function listSessions(db: Db, matchId: string, withNotes: boolean): Promise<SessionView[]> {
	const base = { id: mentoringSessions.id, heldOn: mentoringSessions.heldOn, minutes: mentoringSessions.minutes, format: mentoringSessions.format };
	const order = [desc(mentoringSessions.heldOn), desc(mentoringSessions.createdAt)];
	if (!withNotes) return (await db.select(base).from(mentoringSessions).where(eq(mentoringSessions.matchId, matchId)).orderBy(...order)).map((s) => ({ ...s, notes: null, nextStep: null }));
	return db
		.select({ ...base, notes: mentoringSessions.notes, nextStep: mentoringSessions.nextStep })
		.from(mentoringSessions)
		.where(eq(mentoringSessions.matchId, matchId))
		.orderBy(...order);
}

export async function insertSession(
	db: Db,
	s: { matchId: string; heldOn: string; minutes: number; format: 'in_person' | 'online' | 'phone'; notes: string; nextStep: string; loggedByPersonId: string | null }
): Promise<string> {
	const [row] = await db.insert(mentoringSessions).values(s).returning({ id: mentoringSessions.id });
	return row.id;
}

export async function listResources(db: Db, matchId: string) {
	return db
		.select({ id: mentoringResources.id, title: mentoringResources.title, url: mentoringResources.url, fileName: mentoringResources.fileName, byteSize: mentoringResources.byteSize, createdAt: mentoringResources.createdAt })
		.from(mentoringResources)
		.where(eq(mentoringResources.matchId, matchId))
		.orderBy(desc(mentoringResources.createdAt));
}

export async function insertResource(
	db: Db,
	r: { id?: string; matchId: string; title: string; url: string | null; storageKey: string | null; fileName: string | null; byteSize: number | null; addedByPersonId: string | null }
): Promise<string> {
	const [row] = await db.insert(mentoringResources).values(r).returning({ id: mentoringResources.id });
	return row.id;
}

export async function findResource(db: Db, matchId: string, resourceId: string) {
	const [row] = await db
		.select({ id: mentoringResources.id, storageKey: mentoringResources.storageKey, fileName: mentoringResources.fileName })
		.from(mentoringResources)
		.where(and(eq(mentoringResources.matchId, matchId), eq(mentoringResources.id, resourceId)));
	return row ?? null;
}

/** One side's feedback (asked for when the pair completes); giving it again replaces it. */
export async function setFeedback(db: Db, matchId: string, side: PairSide, text: string, rating: number, now = new Date()): Promise<void> {
	const set = side === 'mentee' ? { menteeFeedback: text, menteeRating: rating } : { mentorFeedback: text, mentorRating: rating };
	await db
		.update(mentoringMatches)
		.set({ ...set, updatedAt: now })
		.where(eq(mentoringMatches.id, matchId));
}

/** A staff decision: complete (the cohort ran its course) or end early with a reason. Only a live pair changes. */
export async function closeMatch(db: Db, matchId: string, status: 'completed' | 'ended', endedOn: string, endReason: string | null, now = new Date()): Promise<boolean> {
	const rows = await db
		.update(mentoringMatches)
		.set({ status, endedOn, endReason, updatedAt: now })
		.where(and(eq(mentoringMatches.id, matchId), eq(mentoringMatches.status, 'active')))
		.returning({ id: mentoringMatches.id });
	return rows.length > 0;
}
