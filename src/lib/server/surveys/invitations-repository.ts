/** survey_invitations: one person asked to answer, by a link whose token's hash is kept. */
import { and, asc, eq, inArray, isNotNull, isNull, lt, ne, or } from 'drizzle-orm';
import { people, surveyInvitations } from '../db/schema';
import type { InvitationStatus } from '$lib/surveys/invitation-labels';
import type { Db } from '../db/types';

export type InvitationForAnswer = { id: string; surveyId: string; personId: string; status: InvitationStatus };

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

export type { InvitationStatus };
export type InvitationListRow = { id: string; personId: string; name: string | null; email: string | null; status: InvitationStatus; invitedAt: Date; remindedAt: Date | null; respondedOn: string | null };
/** Who a mail goes to: the invitation and its person's address and language (null once anonymised). */
export type InvitationRecipient = { id: string; email: string | null; name: string | null; locale: string };

const recipientColumns = { id: surveyInvitations.id, email: people.email, name: people.name, locale: people.locale };

export async function insertInvitations(db: Db, surveyId: string, rows: { id: string; personId: string; tokenHash: string }[], now: Date): Promise<void> {
	if (rows.length === 0) return;
	await db
		.insert(surveyInvitations)
		.values(rows.map((r) => ({ ...r, surveyId, invitedAt: now })))
		.onConflictDoNothing();
}

/** People already invited to the survey (whatever their status): nobody is invited twice. */
export async function invitedPersonIds(db: Db, surveyId: string): Promise<Set<string>> {
	const rows = await db.select({ personId: surveyInvitations.personId }).from(surveyInvitations).where(eq(surveyInvitations.surveyId, surveyId));
	return new Set(rows.map((r) => r.personId));
}

/**
 * Invitations a reminder may go to: not answered, not bounced, and neither invited nor reminded in
 * the last `quietHours` — a reminder right after the invitation would only annoy.
 */
export async function invitationsToRemind(db: Db, surveyId: string, notSince: Date): Promise<InvitationRecipient[]> {
	return db
		.select(recipientColumns)
		.from(surveyInvitations)
		.innerJoin(people, eq(people.id, surveyInvitations.personId))
		.where(
			and(
				eq(surveyInvitations.surveyId, surveyId),
				inArray(surveyInvitations.status, ['invited', 'reminded']),
				lt(surveyInvitations.invitedAt, notSince),
				or(isNull(surveyInvitations.remindedAt), lt(surveyInvitations.remindedAt, notSince)),
				isNotNull(people.email)
			)
		);
}

/** Marks the reminder sent, only where the person has still not answered (an answer may have just arrived). */
export async function markReminded(db: Db, ids: string[], now: Date): Promise<string[]> {
	if (ids.length === 0) return [];
	const rows = await db
		.update(surveyInvitations)
		.set({ status: 'reminded', remindedAt: now })
		.where(and(inArray(surveyInvitations.id, ids), inArray(surveyInvitations.status, ['invited', 'reminded'])))
		.returning({ id: surveyInvitations.id });
	return rows.map((r) => r.id);
}

export async function markInvitationBounced(db: Db, id: string, now: Date): Promise<void> {
	await db
		.update(surveyInvitations)
		.set({ status: 'bounced', bouncedAt: now })
		.where(and(eq(surveyInvitations.id, id), ne(surveyInvitations.status, 'responded')));
}

export async function invitationRecipients(db: Db, ids: string[]): Promise<InvitationRecipient[]> {
	if (ids.length === 0) return [];
	return db.select(recipientColumns).from(surveyInvitations).innerJoin(people, eq(people.id, surveyInvitations.personId)).where(inArray(surveyInvitations.id, ids));
}

/** The survey's invitations for its staff page, by status then name. */
export async function listInvitations(db: Db, surveyId: string): Promise<InvitationListRow[]> {
	return db
		.select({
			id: surveyInvitations.id,
			personId: surveyInvitations.personId,
			name: people.name,
			email: people.email,
			status: surveyInvitations.status,
			invitedAt: surveyInvitations.invitedAt,
			remindedAt: surveyInvitations.remindedAt,
			respondedOn: surveyInvitations.respondedOn
		})
		.from(surveyInvitations)
		.innerJoin(people, eq(people.id, surveyInvitations.personId))
		.where(eq(surveyInvitations.surveyId, surveyId))
		.orderBy(asc(surveyInvitations.invitedAt), asc(people.email));
}
