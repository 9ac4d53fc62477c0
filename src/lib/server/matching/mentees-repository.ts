/**
 * Reads of cohorts and their accepted applications (the mentees) for the matching board. The
 * programmes feature owns those tables; the board only reads them.
 */
import { and, eq, inArray, notExists, sql } from 'drizzle-orm';
import { cohorts, mentoringMatches, people, programmeApplications, programmes } from '../db/schema';
import type { Db } from '../db/types';
import type { LocalizedText } from '../../domain/types';

export type BoardCohort = { id: string; title: LocalizedText; programmeTitle: LocalizedText; startsOn: string; endsOn: string };

const cohortColumns = { id: cohorts.id, title: cohorts.title, programmeTitle: programmes.title, startsOn: cohorts.startsOn, endsOn: cohorts.endsOn };

/** The cohort when it belongs to a programme of this organisation, else null (another's is a 404). */
export async function findCohortOfOrganisation(db: Db, cohortId: string, organisationId: string): Promise<BoardCohort | null> {
	const [row] = await db
		.select(cohortColumns)
		.from(cohorts)
		.innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
		.where(and(eq(cohorts.id, cohortId), eq(programmes.organisationId, organisationId)));
	return row ?? null;
}

/** Cohorts of the organisation's programmes that have mentees, newest first, with how many. */
export async function cohortsWithMentees(db: Db, organisationId: string): Promise<(BoardCohort & { mentees: number })[]> {
	const rows = await db
		.select({ ...cohortColumns, mentees: sql<number>`count(${programmeApplications.id})` })
		.from(cohorts)
		.innerJoin(programmes, eq(programmes.id, cohorts.programmeId))
		.innerJoin(programmeApplications, and(eq(programmeApplications.cohortId, cohorts.id), eq(programmeApplications.status, 'accepted')))
		.where(eq(programmes.organisationId, organisationId))
		.groupBy(cohorts.id, programmes.title)
		.orderBy(sql`${cohorts.startsOn} DESC`, cohorts.id);
	return rows.map((r) => ({ ...r, mentees: Number(r.mentees) }));
}

export type MenteeRow = { id: string; personId: string; name: string | null; sectors: string[]; municipalityId: number | null; languages: string[]; needs: string };

const menteeColumns = {
	id: programmeApplications.id,
	personId: programmeApplications.personId,
	name: people.name,
	sectors: programmeApplications.sectors,
	municipalityId: programmeApplications.municipalityId,
	languages: programmeApplications.languages,
	needs: programmeApplications.needs
};

/** Accepted mentees of the cohort without a live (proposed or active) pair, by application id. */
export async function unmatchedMentees(db: Db, cohortId: string): Promise<MenteeRow[]> {
	const live = db
		.select({ one: sql`1` })
		.from(mentoringMatches)
		.where(and(eq(mentoringMatches.applicationId, programmeApplications.id), inArray(mentoringMatches.status, ['proposed', 'active'])));
	return db
		.select(menteeColumns)
		.from(programmeApplications)
		.innerJoin(people, eq(people.id, programmeApplications.personId))
		.where(and(eq(programmeApplications.cohortId, cohortId), eq(programmeApplications.status, 'accepted'), notExists(live)))
		.orderBy(programmeApplications.id);
}

/** One accepted mentee of the cohort (the confirm action re-reads it inside its transaction). */
export async function findMentee(db: Db, cohortId: string, applicationId: string): Promise<MenteeRow | null> {
	const [row] = await db
		.select(menteeColumns)
		.from(programmeApplications)
		.innerJoin(people, eq(people.id, programmeApplications.personId))
		.where(and(eq(programmeApplications.id, applicationId), eq(programmeApplications.cohortId, cohortId), eq(programmeApplications.status, 'accepted')));
	return row ?? null;
}
