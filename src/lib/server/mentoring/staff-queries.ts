/**
 * The organisation's pairs for its staff: who, which cohort, how it goes (sessions counted, the last
 * one's date, the next open milestone). Notes and next steps are not selected here at all — this
 * list is read by every staff member, and notes are the coordinator's only (listSessions withNotes).
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { sortLatvian } from '../../text/collation';
import { cohorts, mentoringGoals, mentoringMatches, mentoringSessions, programmes } from '../db/schema';
import type { Db } from '../db/types';
import { joinPairs, mentee, mentor } from './pairs-repository';

export async function listOrganisationPairs(db: Db, organisationId: string) {
	const sessions = db
		.select({ matchId: mentoringSessions.matchId, count: sql<number>`count(*)::int`.as('count'), last: sql<string>`max(${mentoringSessions.heldOn})::text`.as('last') })
		.from(mentoringSessions)
		.groupBy(mentoringSessions.matchId)
		.as('s');
	const nextMilestone = sql<string | null>`(SELECT min(${mentoringGoals.dueOn})::text FROM ${mentoringGoals} WHERE ${mentoringGoals.matchId} = ${mentoringMatches.id} AND ${mentoringGoals.kind} = 'milestone' AND ${mentoringGoals.doneAt} IS NULL)`;
	const rows = await joinPairs(
		db
			.select({
				id: mentoringMatches.id,
				status: mentoringMatches.status,
				menteeName: mentee.name,
				mentorName: mentor.name,
				cohortTitle: cohorts.title,
				cohortStartsOn: cohorts.startsOn,
				sessions: sql<number>`coalesce(${sessions.count}, 0)`,
				lastSessionOn: sessions.last,
				nextMilestoneOn: nextMilestone
			})
			.from(mentoringMatches)
			.$dynamic()
	)
		.leftJoin(sessions, eq(sessions.matchId, mentoringMatches.id))
		.where(eq(programmes.organisationId, organisationId));
	// newest cohort first, its active pairs first, then by the mentee's name in Latvian order (people
	// have no sort key, so the names are compared here; Array.sort is stable)
	return sortLatvian(rows, (r) => r.menteeName ?? '').sort((a, b) => b.cohortStartsOn.localeCompare(a.cohortStartsOn) || Number(b.status === 'active') - Number(a.status === 'active'));
}

/** Active pairs with what dueNudges needs (nudges.ts). */
export async function listActivePairsForNudges(db: Db) {
	const last = sql<string | null>`(SELECT max(${mentoringSessions.heldOn})::text FROM ${mentoringSessions} WHERE ${mentoringSessions.matchId} = ${mentoringMatches.id})`;
	return db
		.select({ id: mentoringMatches.id, startedOn: mentoringMatches.startedOn, cohortStartsOn: cohorts.startsOn, cohortEndsOn: cohorts.endsOn, nudgeWeeks: cohorts.nudgeWeeks, lastSessionOn: last })
		.from(mentoringMatches)
		.innerJoin(cohorts, eq(cohorts.id, mentoringMatches.cohortId))
		.where(eq(mentoringMatches.status, 'active'));
}

export async function openMilestones(db: Db, matchId: string) {
	return db
		.select({ id: mentoringGoals.id, title: mentoringGoals.title, dueOn: mentoringGoals.dueOn })
		.from(mentoringGoals)
		.where(and(eq(mentoringGoals.matchId, matchId), eq(mentoringGoals.kind, 'milestone'), isNull(mentoringGoals.doneAt)));
}
