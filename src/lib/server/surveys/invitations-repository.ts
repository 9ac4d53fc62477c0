/** survey_invitations: one person asked to answer, by a link whose token's hash is kept. */
import { and, eq, ne } from 'drizzle-orm';
import { surveyInvitations } from '../db/schema';
import type { Db } from '../db/types';

export type InvitationForAnswer = { id: string; surveyId: string; personId: string; status: 'invited' | 'reminded' | 'responded' | 'bounced' };

/** The invitation a link's token hash names, in this survey only. */
export async function findInvitationByTokenHash(db: Db, surveyId: string, tokenHash: string): Promise<InvitationForAnswer | null> {
	const [row] = await db
		.select({ id: surveyInvitations.id, surveyId: surveyInvitations.surveyId, personId: surveyInvitations.personId, status: surveyInvitations.status })
		.from(surveyInvitations)
		.where(and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.tokenHash, tokenHash)));
	return row ?? null;
}

/** Marks it answered (a day only); false when it already was (a second submission lost the race). */
export async function markInvitationResponded(db: Db, id: string, day: string): Promise<boolean> {
	const rows = await db
		.update(surveyInvitations)
		.set({ status: 'responded', respondedOn: day })
		.where(and(eq(surveyInvitations.id, id), ne(surveyInvitations.status, 'responded')))
		.returning({ id: surveyInvitations.id });
	return rows.length === 1;
}
