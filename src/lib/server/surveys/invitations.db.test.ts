import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { mailOutbox, surveys } from '../db/schema';
import { openTestDb } from '../db/test-db';
import { addTestEvent, confirmedPerson, mailsTo } from '../events/test-fixtures';
import { deliverMail } from '../mail/deliver';
import { findMail } from '../mail/outbox-repository';
import { personForEmail } from '../people/flow';
import { addTestOrganisation, addUser } from '../people/test-fixtures';
import { insertParticipation } from '../participation/participations-repository';
import { latvianSortKey } from '../../text/collation';
import { inviteParticipants, remindInvitees } from './invitation-flow';
import { invitationToken } from './invitation-token';
import { findInvitationByTokenHash, listInvitations, markInvitationResponded } from './invitations-repository';
import { insertSurvey } from './surveys-repository';
import { hashSurveyToken } from './tokens';
import './jobs';

let h: DbHandle;
let organisationId: string;
const HOUR = 3_600_000;
const NOW = new Date();

beforeAll(async () => {
	h = await openTestDb();
	organisationId = await addTestOrganisation(h.db, 'inv-org');
	await addUser(h.db, 'u-staff', 'staff@example.lv');
});
afterAll(async () => h?.close());

/** An event that ended yesterday (or starts tomorrow), with people who came, did not come, or never confirmed. */
async function eventWithPeople(prefix: string, ended = true) {
	const eventId = await addTestEvent(h.db, organisationId, { inHours: ended ? -26 : 24 });
	const came = await confirmedPerson(h.db, `${prefix}-came@example.lv`, 'Anna Bērziņa');
	const cameToo = await confirmedPerson(h.db, `${prefix}-came2@example.lv`, 'Jānis Ozols', 'en');
	const absent = await confirmedPerson(h.db, `${prefix}-absent@example.lv`);
	const unconfirmed = await personForEmail(h.db, { email: `${prefix}-unconfirmed@example.lv`, name: null, locale: 'lv' });
	const scope = { activityKind: 'event' as const, activityId: eventId, organisationId, activityEndsAt: new Date(NOW.getTime() + (ended ? -24 : 26) * HOUR), at: NOW };
	for (const [person, attendance] of [
		[came, 'attended'],
		[cameToo, 'attended'],
		[absent, 'absent'],
		[unconfirmed, 'attended']
	] as const) {
		await insertParticipation(h.db, { ...scope, personId: person.id, registration: 'registered', attendance });
	}
	return { eventId };
}

async function openSurvey(slug: string, eventId: string | null, mode: 'anonymous' | 'identified' = 'anonymous') {
	const id = await insertSurvey(h.db, {
		organisationId,
		projectId: null,
		eventId,
		title: { lv: 'Kā jums patika?', en: 'How did you like it?' },
		intro: { lv: '' },
		audience: eventId ? 'event_attendees' : 'link',
		mode,
		closesAt: null,
		sortKey: latvianSortKey('Kā jums patika?'),
		slug,
		definition: { sections: [{ id: 's1', questions: [] }] },
		createdBy: null,
		now: NOW
	});
	await h.db.update(surveys).set({ status: 'open' }).where(eq(surveys.id, id));
	return id;
}

const who = (surveyId: string, now = NOW) => ({ actorUserId: 'u-staff', organisationId, surveyId, now });

describe('sending a survey to an event’s attendees', () => {
	it('invites only people who attended and confirmed their address, once each, in their language', async () => {
		const { eventId } = await eventWithPeople('a');
		const surveyId = await openSurvey('inv-a', eventId);
		expect(await inviteParticipants(h.db, who(surveyId))).toEqual({ ok: true, invited: 2, skippedUnconfirmed: 1 });
		// sending again invites nobody twice
		expect(await inviteParticipants(h.db, who(surveyId))).toEqual({ ok: true, invited: 0, skippedUnconfirmed: 1 });
		expect(await mailsTo(h.db, 'a-absent@example.lv')).toHaveLength(0);
		const [lv] = await mailsTo(h.db, 'a-came@example.lv');
		expect(lv.subject).toBe('Aptauja: Kā jums patika?');
		expect(lv.text).toContain('Labdien, Anna Bērziņa!');
		expect(lv.text).toContain('anonīma');
		const [en] = await mailsTo(h.db, 'a-came2@example.lv');
		expect(en.subject).toBe('Survey: How did you like it?');
		// the link in the mail opens this person's invitation
		const token = /[?&]kods=([A-Za-z0-9_-]+)/.exec(en.text)?.[1];
		expect(token).toBeDefined();
		const invitation = await findInvitationByTokenHash(h.db, surveyId, hashSurveyToken(token!));
		expect(invitation?.status).toBe('invited');
		expect((await listInvitations(h.db, surveyId)).map((r) => r.status)).toEqual(['invited', 'invited']);
	});

	it('refuses before the event has ended, for a link-only survey, and for a survey that is not open', async () => {
		const { eventId } = await eventWithPeople('b', false);
		const surveyId = await openSurvey('inv-b', eventId);
		expect(await inviteParticipants(h.db, who(surveyId))).toEqual({ ok: false, reason: 'event_not_ended' });
		expect(await inviteParticipants(h.db, who(await openSurvey('inv-b-link', null)))).toEqual({ ok: false, reason: 'link_only' });
		await h.db.update(surveys).set({ status: 'closed' }).where(eq(surveys.id, surveyId));
		expect(await inviteParticipants(h.db, who(surveyId))).toEqual({ ok: false, reason: 'not_open' });
		expect(await inviteParticipants(h.db, { ...who(surveyId), organisationId: '00000000-0000-4000-8000-000000000000' })).toEqual({ ok: false, reason: 'not_found' });
	});

	it('reminds only those who have not answered, not within a day of the last mail, with the same link', async () => {
		const { eventId } = await eventWithPeople('c');
		const surveyId = await openSurvey('inv-c', eventId);
		await inviteParticipants(h.db, who(surveyId));
		// the same day: too soon for a reminder
		expect(await remindInvitees(h.db, who(surveyId))).toEqual({ ok: true, reminded: 0 });
		const rows = await listInvitations(h.db, surveyId);
		const annaInvitation = rows.find((r) => r.email === 'c-came@example.lv')!;
		expect(await markInvitationResponded(h.db, annaInvitation.id, NOW.toISOString().slice(0, 10))).toBe(true);

		const later = new Date(NOW.getTime() + 30 * HOUR);
		expect(await remindInvitees(h.db, who(surveyId, later))).toEqual({ ok: true, reminded: 1 });
		expect((await mailsTo(h.db, 'c-came@example.lv')).map((m) => m.subject)).toEqual(['Aptauja: Kā jums patika?']);
		const janis = await mailsTo(h.db, 'c-came2@example.lv');
		expect(janis.map((m) => m.subject)).toEqual(['Survey: How did you like it?', 'Reminder — survey: How did you like it?']);
		const janisRow = (await listInvitations(h.db, surveyId)).find((r) => r.email === 'c-came2@example.lv')!;
		expect(janis[1].text).toContain(invitationToken(janisRow.id));
		// reminded just now: not again within the day
		expect(await remindInvitees(h.db, who(surveyId, new Date(later.getTime() + HOUR)))).toEqual({ ok: true, reminded: 0 });
		expect((await listInvitations(h.db, surveyId)).map((r) => [r.email, r.status]).sort()).toEqual([
			['c-came2@example.lv', 'reminded'],
			['c-came@example.lv', 'responded']
		]);
	});

	it('marks an invitation bounced when the mail server refuses the address for good, and never reminds it', async () => {
		const { eventId } = await eventWithPeople('d');
		const surveyId = await openSurvey('inv-d', eventId);
		await inviteParticipants(h.db, who(surveyId));
		const [mail] = await mailsTo(h.db, 'd-came@example.lv');
		expect(mail).toBeDefined();
		const [row] = await h.db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.to, 'd-came@example.lv'));
		const refusing = { sendMail: async () => Promise.reject(Object.assign(new Error('550 5.1.1 no such user'), { responseCode: 550 })) };
		await deliverMail(h.db, row.id, refusing as never, 'tests@tuvuma.test');
		expect((await findMail(h.db, row.id))?.status).toBe('failed');
		const statuses = Object.fromEntries((await listInvitations(h.db, surveyId)).map((r) => [r.email, r.status]));
		expect(statuses).toEqual({ 'd-came@example.lv': 'bounced', 'd-came2@example.lv': 'invited' });
		expect(await remindInvitees(h.db, who(surveyId, new Date(NOW.getTime() + 30 * HOUR)))).toEqual({ ok: true, reminded: 1 });
		// a passing trouble (4xx) is retried, not a bounce
		const busy = { sendMail: async () => Promise.reject(Object.assign(new Error('421 try later'), { responseCode: 421 })) };
		const [other] = await h.db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.to, 'd-came2@example.lv'));
		await expect(deliverMail(h.db, other.id, busy as never, 'tests@tuvuma.test')).rejects.toThrow('421');
		expect((await listInvitations(h.db, surveyId)).find((r) => r.email === 'd-came2@example.lv')?.status).toBe('reminded');
	});
});
