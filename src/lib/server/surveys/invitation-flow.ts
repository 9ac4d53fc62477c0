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
import { findEvent } from '../events/events-repository';
import { enqueueMail } from '../mail/outbox';
import { attendancePerPerson } from '../participation/domain';
import { listParticipationFacts } from '../participation/participations-repository';
import { lockPeople } from '../people/people-repository';
import { invitationMail } from './invitation-mail';
import { invitationRecipients, invitationsToRemind, insertInvitations, invitedPersonIds, markReminded } from './invitations-repository';
import { findSurvey, type SurveyRow } from './surveys-repository';
import { hashSurveyToken } from './tokens';
import { invitationToken } from './invitation-token';

/** A reminder waits this long after the invitation or the previous reminder. */
export const REMINDER_QUIET_HOURS = 24;

export type InviteRefusal = 'not_found' | 'not_open' | 'link_only' | 'event_not_ended' | 'no_event';
export type InviteResult = { ok: true; invited: number; skippedUnconfirmed: number } | { ok: false; reason: InviteRefusal };

type Who = { actorUserId: string; organisationId: string; surveyId: string; now: Date };

async function surveyOf(db: Db, who: Who): Promise<SurveyRow | null> {
	const survey = await findSurvey(db, who.surveyId);
	return survey && survey.organisationId === who.organisationId ? survey : null;
}

/** Whom the survey is for: people who attended its event (ended) or any event of its project. */
async function attendeesOf(db: Db, survey: SurveyRow, now: Date): Promise<{ personIds: string[] } | { refusal: InviteRefusal }> {
	if (survey.audience === 'link') return { refusal: 'link_only' };
	if (survey.audience === 'event_attendees') {
		const event = survey.eventId ? await findEvent(db, survey.eventId) : null;
		if (!event) return { refusal: 'no_event' };
		if (event.endsAt > now) return { refusal: 'event_not_ended' };
		const facts = await listParticipationFacts(db, { kinds: ['event'], activityId: event.id });
		return { personIds: [...attendancePerPerson(facts).keys()] };
	}
	if (!survey.projectId) return { refusal: 'no_event' };
	const facts = await listParticipationFacts(db, { kinds: ['event'], projectId: survey.projectId });
	return { personIds: [...attendancePerPerson(facts.filter((f) => !f.activityEndsAt || f.activityEndsAt <= now)).keys()] };
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
		const reachable = people.filter((p) => p.email && p.confirmedAt && !p.anonymisedAt && !p.mergedIntoId);
		const rows = reachable.map((p) => ({ id: randomUUID(), personId: p.id }));
		await insertInvitations(tx, survey.id, rows.map((r) => ({ ...r, tokenHash: hashSurveyToken(invitationToken(r.id)) })), who.now);
		for (const r of rows) {
			const person = reachable.find((p) => p.id === r.personId)!;
			await enqueueMail(tx, invitationMail('invitation', survey, { id: r.id, email: person.email!, name: person.name, locale: person.locale }));
		}
		await recordAudit(tx, { actorUserId: who.actorUserId, action: 'survey.invite', entityType: 'survey', entityId: survey.id, details: { invited: rows.length } });
		return { ok: true, invited: rows.length, skippedUnconfirmed: people.length - reachable.length } as const;
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
			if (recipient.email) await enqueueMail(tx, invitationMail('reminder', survey, recipient));
		}
		await recordAudit(tx, { actorUserId: who.actorUserId, action: 'survey.remind', entityType: 'survey', entityId: survey.id, details: { reminded: marked.length } });
		return { ok: true, reminded: marked.length } as const;
	});
}
