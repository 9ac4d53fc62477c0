/** SQL for `mentoring_matches` as the matching board and the answer page need it (issue 17). */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cohorts, mentoringMatches, mentors, people, programmeApplications, programmes } from '../db/schema';
import type { Db } from '../db/types';
import type { ScoreParts } from '../../domain/programme/matcher';
import type { LocalizedText } from '../../domain/types';

export type MatchStatus = (typeof mentoringMatches.status.enumValues)[number];
export const LIVE: MatchStatus[] = ['proposed', 'active'];

export async function insertMatch(
	db: Db,
	m: { cohortId: string; applicationId: string; mentorId: string; score: number | null; scoreParts: ScoreParts | null; overridden: boolean; createdBy: string }
): Promise<string> {
	const [row] = await db.insert(mentoringMatches).values(m).returning({ id: mentoringMatches.id });
	return row.id;
}

export type MatchFacts = {
	id: string;
	cohortId: string;
	applicationId: string;
	mentorId: string;
	status: MatchStatus;
	menteeAcceptedAt: Date | null;
	mentorAcceptedAt: Date | null;
	createdBy: string | null;
	organisationId: string;
	cohortTitle: LocalizedText;
	programmeTitle: LocalizedText;
	menteePersonId: string;
	mentorPersonId: string;
};

const factColumns = {
	id: mentoringMatches.id,
	cohortId: mentoringMatches.cohortId,
	applicationId: mentoringMatches.applicationId,
	mentorId: mentoringMatches.mentorId,
	status: mentoringMatches.status,
	menteeAcceptedAt: mentoringMatches.menteeAcceptedAt,
	mentorAcceptedAt: mentoringMatches.mentorAcceptedAt,
	createdBy: mentoringMatches.createdBy,
	organisationId: programmes.organisationId,
	cohortTitle: cohorts.title,
	programmeTitle: programmes.title,
	menteePersonId: programmeApplications.personId,
	mentorPersonId: mentors.personId
};

/** A pair with its organisation and both people; `lock` holds the row for an answer's transaction. */
export async function findMatchFacts(db: Db, id: string, lock = false): Promise<MatchFacts | null> {
	const q = db
		.select(factColumns)
		.from(mentoringMatches)
		.innerJoin(cohorts, eq(cohorts.id, mentoringMatches.cohortId))
		.innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
		.innerJoin(programmeApplications, eq(programmeApplications.id, mentoringMatches.applicationId))
		.innerJoin(mentors, eq(mentors.id, mentoringMatches.mentorId))
		.where(eq(mentoringMatches.id, id));
	const [row] = lock ? await q.for('update', { of: mentoringMatches }) : await q;
	return row ?? null;
}

export async function setMatchAnswer(
	db: Db,
	id: string,
	set: Partial<{ status: MatchStatus; menteeAcceptedAt: Date; mentorAcceptedAt: Date; startedOn: string; endedOn: string; endReason: string | null }>
): Promise<void> {
	await db.update(mentoringMatches).set({ ...set, updatedAt: new Date() }).where(eq(mentoringMatches.id, id));
}

export type BoardMatch = {
	id: string;
	applicationId: string;
	mentorId: string;
	status: MatchStatus;
	score: number | null;
	overridden: boolean;
	menteeAcceptedAt: Date | null;
	mentorAcceptedAt: Date | null;
	endReason: string | null;
	menteeName: string | null;
	mentorName: string | null;
	createdAt: Date;
};

/** Every pair of a cohort, newest first (declined ones too: the board shows what happened). */
export async function listMatchesOfCohort(db: Db, cohortId: string): Promise<BoardMatch[]> {
	const menteePerson = alias(people, 'mentee_person');
	const mentorPerson = alias(people, 'mentor_person');
	return db
		.select({
			id: mentoringMatches.id,
			applicationId: mentoringMatches.applicationId,
			mentorId: mentoringMatches.mentorId,
			status: mentoringMatches.status,
			score: mentoringMatches.score,
			overridden: mentoringMatches.overridden,
			menteeAcceptedAt: mentoringMatches.menteeAcceptedAt,
			mentorAcceptedAt: mentoringMatches.mentorAcceptedAt,
			endReason: mentoringMatches.endReason,
			menteeName: menteePerson.name,
			mentorName: mentorPerson.name,
			createdAt: mentoringMatches.createdAt
		})
		.from(mentoringMatches)
		.innerJoin(programmeApplications, eq(programmeApplications.id, mentoringMatches.applicationId))
		.innerJoin(menteePerson, eq(menteePerson.id, programmeApplications.personId))
		.innerJoin(mentors, eq(mentors.id, mentoringMatches.mentorId))
		.innerJoin(mentorPerson, eq(mentorPerson.id, mentors.personId))
		.where(eq(mentoringMatches.cohortId, cohortId))
		.orderBy(sql`${mentoringMatches.createdAt} DESC`, mentoringMatches.id);
}

/** Mentors each application had a declined pair with: the matcher does not propose them again. */
export async function declinedMentorsOf(db: Db, applicationIds: string[]): Promise<Map<string, string[]>> {
	if (applicationIds.length === 0) return new Map();
	const rows = await db
		.select({ applicationId: mentoringMatches.applicationId, mentorId: mentoringMatches.mentorId })
		.from(mentoringMatches)
		.where(and(inArray(mentoringMatches.applicationId, applicationIds), eq(mentoringMatches.status, 'declined')));
	const out = new Map<string, string[]>();
	for (const r of rows) out.set(r.applicationId, [...(out.get(r.applicationId) ?? []), r.mentorId]);
	return out;
}

export async function hasLiveMatch(db: Db, applicationId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: mentoringMatches.id })
		.from(mentoringMatches)
		.where(and(eq(mentoringMatches.applicationId, applicationId), inArray(mentoringMatches.status, LIVE)))
		.limit(1);
	return !!row;
}
