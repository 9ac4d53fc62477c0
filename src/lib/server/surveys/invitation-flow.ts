/**
 * Sending a survey to the people who took part (issue 16): an event's attendees once it has ended,
 * or everyone who attended any of a project's events. Attendance is what counts — someone who
 * registered and did not come is not asked. Each person gets one invitation with a personal link;
 * a reminder goes only to those who have not answered (or bounced), never twice in a day.
 * Mails are jobs enqueued in the same transaction: nothing is sent for a change that did not commit.
 */
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { enqueueMail } from '../mail/outbox';
import { lockPeople } from '../people/people-repository';
import { invitationMail } from './invitation-mail';
import { invitationRecipients, invitationsToRemind, insertInvitations, invitedPersonIds, markReminded } from './invitations-repository';
import { attendeesOf, reachable, type InviteRefusal } from './invitation-audience';
import { findSurvey, type SurveyRow } from './surveys-repository';
import { hashSurveyToken } from './tokens';
import { invitationToken } from './invitation-token';

/** A reminder waits this long after the invitation or the previous reminder. */
export const REMINDER_QUIET_HOURS = 24;

export type InviteResult = { ok: true; invited: number; skippedUnconfirmed: number } | { ok: false; reason: InviteRefusal };

type Who = { actorUserId: string; organisationId: string; surveyId: string; now: Date };

async function surveyOf(db: Db, who: Who): Promise<SurveyRow | null> {
	const survey = await findSurvey(db, who.surveyId);
	return survey && survey.organisationId === who.organisationId ? survey : null;
}

/** Invites every attendee not yet invited; returns how many, and how many lack a confirmed address. */
export async function inviteParticipants(db: Db, who: Who): Promise<InviteResult> {
	return db.transaction(async (tx) => {
		const survey = await surveyOf(tx, who);
		if (!survey) return { ok: false, reason: 'not_found' } as const;
		if (survey.status !== 'open') return { ok: false, reason: 'not_open' } as const;
		const audience = await attendeesOf(tx, survey, who.now);
		if ('refusal' in audience) return { ok: false, reason: audience.refusal } as const;
		const already = await invitedPersonIds(tx, survey.id);
		const people = await lockPeople(tx, audience.personIds.filter((id) => !already.has(id)));
		const reachablePeople = people.filter(reachable);
		const rows = reachablePeople.map((p) => ({ id: randomUUID(), personId: p.id }));
		await insertInvitations(tx, survey.id, rows.map((r) => ({ ...r, tokenHash: hashSurveyToken(invitationToken(r.id)) })), who.now);
		for (const r of rows) {
			const person = reachablePeople.find((p) => p.id === r.personId)!;
			await enqueueMail(tx, invitationMail('invitation', survey, { id: r.id, email: person.email!, name: person.name, locale: person.locale }));
		}
		await recordAudit(tx, { actorUserId: who.actorUserId, action: 'survey.invite', entityType: 'survey', entityId: survey.id, details: { invited: rows.length } });
		return { ok: true, invited: rows.length, skippedUnconfirmed: people.length - reachablePeople.length } as const;
	});
}

export type RemindResult = { ok: true; reminded: number } | { ok: false; reason: 'not_found' | 'not_open' };

/** Reminds those invited who have not answered, have not bounced and were not written to in the last day. */
export async function remindInvitees(db: Db, who: Who): Promise<RemindResult> {
	return db.transaction(async (tx) => {
		const survey = await surveyOf(tx, who);
		if (!survey) return { ok: false, reason: 'not_found' } as const;
		if (survey.status !== 'open') return { ok: false, reason: 'not_open' } as const;
		const due = await invitationsToRemind(tx, survey.id, new Date(who.now.getTime() - REMINDER_QUIET_HOURS * 3_600_000));
		const marked = await markReminded(tx, due.map((d) => d.id), who.now);
		for (const recipient of await invitationRecipients(tx, marked)) {
			if (recipient.email) await enqueueMail(tx, invitationMail('reminder', survey, { ...recipient, email: recipient.email }));
		}
		await recordAudit(tx, { actorUserId: who.actorUserId, action: 'survey.remind', entityType: 'survey', entityId: survey.id, details: { reminded: marked.length } });
		return { ok: true, reminded: marked.length } as const;
	});
}
