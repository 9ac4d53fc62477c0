/**
 * GDPR for surveys: a person's download lists the surveys they answered and, in identified surveys,
 * their answers; deleting the account or anonymising the person unlinks identified answers (they
 * stay counted, anonymous). Invitations and "answered" records keep their person id (counts and
 * "never ask twice" need it) — the person row itself is anonymised, not deleted. A merge moves all
 * three to the surviving person. Listed in auth/personal-data.ts and auth/account-deletion.ts.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { surveyInvitations, surveyRespondents, surveyResponses, user } from '../db/schema';
import type { Db } from '../db/types';
import type { AccountEraser } from '../auth/account-deletion';
import type { PersonalDataCollector } from '../auth/personal-data';
import { normaliseEmail } from '../people/domain';
import { listPeopleOfAccount } from '../people/people-repository';
import { registerPersonReference } from '../people/references';
import { respondentsForExport } from './respondents-repository';
import { responsesForExport, unlinkResponsesOfPeople } from './responses-repository';

/** Re-points one table's rows, first dropping the merged person's rows the survivor already has for the same survey. */
async function moveOf(tx: Db, from: string, to: string): Promise<number> {
	const dupInv = sql`${surveyInvitations.surveyId} IN (SELECT survey_id FROM survey_invitations WHERE person_id = ${to})`;
	await tx.delete(surveyInvitations).where(and(eq(surveyInvitations.personId, from), dupInv));
	const inv = await tx.update(surveyInvitations).set({ personId: to }).where(eq(surveyInvitations.personId, from)).returning({ id: surveyInvitations.id });
	const dupResp = sql`${surveyRespondents.surveyId} IN (SELECT survey_id FROM survey_respondents WHERE person_id = ${to})`;
	await tx.delete(surveyRespondents).where(and(eq(surveyRespondents.personId, from), dupResp));
	const resp = await tx.update(surveyRespondents).set({ personId: to }).where(eq(surveyRespondents.personId, from)).returning({ s: surveyRespondents.surveyId });
	// two identified responses to one survey cannot both name the survivor: the merged one's stays, unnamed
	const dupAns = sql`${surveyResponses.surveyId} IN (SELECT survey_id FROM survey_responses WHERE person_id = ${to})`;
	await tx.update(surveyResponses).set({ personId: null }).where(and(eq(surveyResponses.personId, from), dupAns));
	const ans = await tx.update(surveyResponses).set({ personId: to }).where(eq(surveyResponses.personId, from)).returning({ id: surveyResponses.id });
	return inv.length + resp.length + ans.length;
}

registerPersonReference({
	name: 'surveys',
	move: moveOf,
	anonymise: (tx, personIds) => unlinkResponsesOfPeople(tx, personIds)
});

async function peopleIdsOf(db: Db, userId: string): Promise<string[]> {
	const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
	if (!u) return [];
	return (await listPeopleOfAccount(db, userId, normaliseEmail(u.email) ?? u.email)).map((p) => p.id);
}

export const SURVEY_COLLECTORS: PersonalDataCollector[] = [
	{
		name: 'surveys',
		collect: async (db, userId) => {
			const ids = await peopleIdsOf(db, userId);
			const invited = ids.length
				? await db.select({ surveyId: surveyInvitations.surveyId, status: surveyInvitations.status, invitedAt: surveyInvitations.invitedAt }).from(surveyInvitations).where(inArray(surveyInvitations.personId, ids))
				: [];
			return { invitations: invited, answered: await respondentsForExport(db, ids), identifiedResponses: await responsesForExport(db, ids) };
		}
	}
];

export const SURVEY_ERASERS: AccountEraser[] = [{ name: 'surveyResponses', erase: async (tx, userId) => unlinkResponsesOfPeople(tx, await peopleIdsOf(tx, userId)) }];
