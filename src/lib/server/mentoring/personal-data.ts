/**
 * GDPR for mentoring: a person's download holds their pairs (as mentee or mentor) with the goals,
 * sessions (notes included: they are the pair's own) and shared things, their feedback, and their
 * outcome check-in answers. Erasing clears what identifies them and what they wrote alone — their
 * side's feedback, the files and links they added, a check-in's registration number and listing —
 * and keeps the rest anonymous, so the pair's log stays whole for the other side and the
 * programme's counts stay true. A merge re-points who logged or added what.
 * Listed in auth/personal-data.ts and auth/account-deletion.ts.
 */
import { eq, inArray, or } from 'drizzle-orm';
import { mentoringGoals, mentoringMatches, mentoringResources, mentoringSessions, mentors, outcomeCheckins, programmeApplications, user } from '../db/schema';
import type { Db } from '../db/types';
import type { AccountEraser } from '../auth/account-deletion';
import type { PersonalDataCollector } from '../auth/personal-data';
import { normaliseEmail } from '../people/domain';
import { listPeopleOfAccount } from '../people/people-repository';
import { registerPersonReference } from '../people/references';

async function peopleIdsOf(db: Db, userId: string): Promise<string[]> {
	const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
	if (!u) return [];
	return (await listPeopleOfAccount(db, userId, normaliseEmail(u.email) ?? u.email)).map((p) => p.id);
}

/** The person's pairs and on which side. */
async function pairsOf(db: Db, personIds: string[]) {
	if (!personIds.length) return [];
	return db
		.select({ id: mentoringMatches.id, status: mentoringMatches.status, applicationPerson: programmeApplications.personId, menteeFeedback: mentoringMatches.menteeFeedback, mentorFeedback: mentoringMatches.mentorFeedback, menteeRating: mentoringMatches.menteeRating, mentorRating: mentoringMatches.mentorRating, startedOn: mentoringMatches.startedOn, endedOn: mentoringMatches.endedOn })
		.from(mentoringMatches)
		.innerJoin(programmeApplications, eq(programmeApplications.id, mentoringMatches.applicationId))
		.innerJoin(mentors, eq(mentors.id, mentoringMatches.mentorId))
		.where(or(inArray(programmeApplications.personId, personIds), inArray(mentors.personId, personIds)));
}

export async function anonymiseMentoring(tx: Db, personIds: string[]): Promise<void> {
	if (!personIds.length) return;
	for (const p of await pairsOf(tx, personIds)) {
		const mentee = personIds.includes(p.applicationPerson);
		await tx
			.update(mentoringMatches)
			.set(mentee ? { menteeFeedback: null, menteeRating: null } : { mentorFeedback: null, mentorRating: null })
			.where(eq(mentoringMatches.id, p.id));
	}
	await tx.delete(mentoringResources).where(inArray(mentoringResources.addedByPersonId, personIds));
	await tx.update(mentoringSessions).set({ loggedByPersonId: null }).where(inArray(mentoringSessions.loggedByPersonId, personIds));
	const applications = tx.select({ id: programmeApplications.id }).from(programmeApplications).where(inArray(programmeApplications.personId, personIds));
	await tx.update(outcomeCheckins).set({ registrationNumber: null, producerId: null }).where(inArray(outcomeCheckins.applicationId, applications));
}

registerPersonReference({
	name: 'mentoring',
	move: async (tx, from, to) => {
		const s = await tx.update(mentoringSessions).set({ loggedByPersonId: to }).where(eq(mentoringSessions.loggedByPersonId, from)).returning({ id: mentoringSessions.id });
		const r = await tx.update(mentoringResources).set({ addedByPersonId: to }).where(eq(mentoringResources.addedByPersonId, from)).returning({ id: mentoringResources.id });
		return s.length + r.length;
	},
	anonymise: anonymiseMentoring
});

export const MENTORING_COLLECTORS: PersonalDataCollector[] = [
	{
		name: 'mentoring',
		collect: async (db, userId) => {
			const ids = await peopleIdsOf(db, userId);
			const pairs = await pairsOf(db, ids);
			const matchIds = pairs.map((p) => p.id);
			// an empty list matches nothing (inArray with no values is refused by drizzle)
			const none = ['00000000-0000-0000-0000-000000000000'];
			const inPairs = matchIds.length ? matchIds : none;
			const goals = await db.select({ matchId: mentoringGoals.matchId, kind: mentoringGoals.kind, title: mentoringGoals.title, dueOn: mentoringGoals.dueOn, doneAt: mentoringGoals.doneAt }).from(mentoringGoals).where(inArray(mentoringGoals.matchId, inPairs));
			const sessions = await db
				.select({ matchId: mentoringSessions.matchId, heldOn: mentoringSessions.heldOn, minutes: mentoringSessions.minutes, format: mentoringSessions.format, notes: mentoringSessions.notes, nextStep: mentoringSessions.nextStep })
				.from(mentoringSessions)
				.where(inArray(mentoringSessions.matchId, inPairs));
			const resources = await db.select({ matchId: mentoringResources.matchId, title: mentoringResources.title, url: mentoringResources.url, fileName: mentoringResources.fileName }).from(mentoringResources).where(inArray(mentoringResources.matchId, inPairs));
			const checkins = ids.length
				? await db
						.select({ due: outcomeCheckins.due, dueOn: outcomeCheckins.dueOn, answeredAt: outcomeCheckins.answeredAt, ideaStatus: outcomeCheckins.ideaStatus, companyRegistered: outcomeCheckins.companyRegistered, registrationNumber: outcomeCheckins.registrationNumber, socialEnterprise: outcomeCheckins.socialEnterprise, jobs: outcomeCheckins.jobs, fte: outcomeCheckins.fte, turnoverBand: outcomeCheckins.turnoverBand })
						.from(outcomeCheckins)
						.innerJoin(programmeApplications, eq(programmeApplications.id, outcomeCheckins.applicationId))
						.where(inArray(programmeApplications.personId, ids))
				: [];
			return {
				pairs: pairs.map((p) => ({ id: p.id, side: ids.includes(p.applicationPerson) ? 'mentee' : 'mentor', status: p.status, startedOn: p.startedOn, endedOn: p.endedOn, feedback: ids.includes(p.applicationPerson) ? p.menteeFeedback : p.mentorFeedback })),
				goals,
				sessions,
				sharedLinksAndFiles: resources,
				outcomeCheckins: checkins
			};
		}
	}
];

export const MENTORING_ERASERS: AccountEraser[] = [{ name: 'mentoring', erase: async (tx, userId) => anonymiseMentoring(tx, await peopleIdsOf(tx, userId)) }];
