/**
 * A participant's side of a brokerage day (issue 19): list oneself, ask for a meeting, answer or
 * cancel one. Each runs in one transaction holding the day's row, so tables are handed out one at a
 * time; the (slot, person) booking key refuses a double booking even if a check was raced. Mails
 * are jobs enqueued in the same transaction.
 */
import { bookingOpen, checkAnswer, checkRequest, freeTable, type Answer, type AnswerRefusal, type RequestRefusal } from '$lib/domain/brokerage/rules';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import { findEvent } from '../events/events-repository';
import { enqueueMail } from '../mail/outbox';
import { listSlots, lockDay } from './days-repository';
import { meetingMail, type MeetingMailKind } from './mails';
import { bookedSlots, deleteBookings, findMeeting, insertBookings, insertMeeting, listedPeople, meetingsOf, openRequestsInSlot, setMeetingStatus, tablesTaken, upsertParticipant } from './meetings-repository';
import { contactsOf, publishedProfilesOf, registeredPersonOf } from './registrants-repository';

export type Account = { userId: string; email: string };
type Base = 'no_day' | 'not_registered';
export type Refusal = Base | RequestRefusal | AnswerRefusal | 'profile' | 'tables_full';
export type Outcome = { ok: true; id?: string } | { ok: false; reason: Refusal };

/** Is this a unique violation (the booking key said no)? PGlite and node-postgres both carry the code. */
const isUniqueViolation = (e: unknown) => {
	const err = e as { code?: string; cause?: { code?: string } };
	return err?.code === '23505' || err?.cause?.code === '23505';
};

export async function joinBrokerage(
	db: Db,
	account: Account,
	input: { eventId: string; organisationName: string | null; intro: string; locale: string; cooperationProfileId: string | null; optedIn: boolean },
	now = new Date()
): Promise<Outcome> {
	return db.transaction(async (tx) => {
		const day = await lockDay(tx, input.eventId);
		if (!day) return { ok: false, reason: 'no_day' };
		if (!bookingOpen(day, now)) return { ok: false, reason: 'closed' };
		const me = await registeredPersonOf(tx, input.eventId, account);
		if (!me) return { ok: false, reason: 'not_registered' };
		if (input.cooperationProfileId && !(await publishedProfilesOf(tx, account.userId)).some((p) => p.id === input.cooperationProfileId)) return { ok: false, reason: 'profile' };
		const intro: LocalizedText = { lv: '', [input.locale]: input.intro };
		await upsertParticipant(tx, { eventId: input.eventId, personId: me.personId, organisationName: input.organisationName, intro, cooperationProfileId: input.cooperationProfileId, optedIn: input.optedIn });
		return { ok: true };
	});
}

async function mailOther(tx: Db, kind: MeetingMailKind, eventId: string, slotId: string, toId: string, fromId: string, extra: { message?: string | null; place?: { table: number | null; url: string | null } } = {}) {
	const event = await findEvent(tx, eventId);
	const slot = (await listSlots(tx, eventId)).find((s) => s.id === slotId);
	const people = await contactsOf(tx, [toId, fromId]);
	const to = people.get(toId);
	if (!event || !slot || !to?.email) return;
	await enqueueMail(tx, meetingMail(kind, { to: { email: to.email, name: to.name, locale: to.locale }, otherName: people.get(fromId)?.name ?? '', event, slot, ...extra }));
}

export async function requestMeeting(db: Db, account: Account, input: { eventId: string; inviteeId: string; slotId: string; message: string | null }, now = new Date()): Promise<Outcome> {
	return db.transaction(async (tx) => {
		const day = await lockDay(tx, input.eventId);
		if (!day) return { ok: false, reason: 'no_day' };
		const me = await registeredPersonOf(tx, input.eventId, account);
		if (!me) return { ok: false, reason: 'not_registered' };
		const slots = await listSlots(tx, input.eventId);
		const booked = await bookedSlots(tx, [me.personId, input.inviteeId]);
		const mine = await meetingsOf(tx, input.eventId, me.personId);
		const openBetween = mine.filter((m) => m.slotId === input.slotId && (m.status === 'requested' || m.status === 'accepted') && (m.requesterId === input.inviteeId || m.inviteeId === input.inviteeId)).length;
		const refusal = checkRequest({
			now,
			window: day,
			requesterId: me.personId,
			inviteeId: input.inviteeId,
			participants: await listedPeople(tx, input.eventId),
			slotExists: slots.some((s) => s.id === input.slotId),
			requesterBooked: booked.get(me.personId) ?? new Set(),
			inviteeBooked: booked.get(input.inviteeId) ?? new Set(),
			slotId: input.slotId,
			openBetween
		});
		if (refusal) return { ok: false, reason: refusal };
		const id = await insertMeeting(tx, { eventId: input.eventId, slotId: input.slotId, requesterId: me.personId, inviteeId: input.inviteeId, message: input.message });
		await mailOther(tx, 'requested', input.eventId, input.slotId, input.inviteeId, me.personId, { message: input.message });
		return { ok: true, id };
	});
}

/**
 * Once two people are booked in a slot, their other open requests there cannot happen: one asked of a
 * booked person is declined, one a booked person made is cancelled, and the other side is told — nobody
 * waits for an answer that cannot come.
 */
async function closeCrossedRequests(tx: Db, booked: { id: string; slotId: string; eventId: string; requesterId: string; inviteeId: string }) {
	const busy = [booked.requesterId, booked.inviteeId];
	for (const m of await openRequestsInSlot(tx, booked.slotId, busy, booked.id)) {
		const bookedIsInvitee = busy.includes(m.inviteeId);
		await setMeetingStatus(tx, m.id, bookedIsInvitee ? 'declined' : 'cancelled', { tableNumber: null });
		const [from, to] = bookedIsInvitee ? [m.inviteeId, m.requesterId] : [m.requesterId, m.inviteeId];
		await mailOther(tx, bookedIsInvitee ? 'declined' : 'cancelled', booked.eventId, m.slotId, to, from);
	}
}

export async function answerMeeting(db: Db, account: Account, input: { eventId: string; meetingId: string; answer: Answer }, now = new Date()): Promise<Outcome> {
	return db.transaction(async (tx) => {
		const day = await lockDay(tx, input.eventId);
		if (!day) return { ok: false, reason: 'no_day' };
		const me = await registeredPersonOf(tx, input.eventId, account);
		if (!me) return { ok: false, reason: 'not_registered' };
		const meeting = await findMeeting(tx, input.meetingId, true);
		if (!meeting || meeting.eventId !== input.eventId) return { ok: false, reason: 'not_yours' };
		const refusal = checkAnswer(meeting, me.personId, input.answer, bookingOpen(day, now));
		if (refusal) return { ok: false, reason: refusal };
		const other = me.personId === meeting.requesterId ? meeting.inviteeId : meeting.requesterId;
		if (input.answer === 'accept') {
			const booked = await bookedSlots(tx, [meeting.requesterId, meeting.inviteeId]);
			if (booked.get(me.personId)?.has(meeting.slotId)) return { ok: false, reason: 'you_busy' };
			if (booked.get(other)?.has(meeting.slotId)) return { ok: false, reason: 'they_busy' };
			const table = day.mode === 'tables' ? freeTable(await tablesTaken(tx, meeting.slotId), day.tableCount ?? 0) : null;
			if (day.mode === 'tables' && table == null) return { ok: false, reason: 'tables_full' };
			try {
				// a savepoint: a refused booking leaves the outer transaction usable for the answer
				await tx.transaction(async (sp) => insertBookings(sp, meeting));
			} catch (e) {
				if (isUniqueViolation(e)) return { ok: false, reason: 'they_busy' };
				throw e;
			}
			await setMeetingStatus(tx, meeting.id, 'accepted', { tableNumber: table, onlineUrl: day.mode === 'online' ? day.onlineUrl : null });
			await mailOther(tx, 'accepted', input.eventId, meeting.slotId, other, me.personId, { place: { table, url: day.mode === 'online' ? day.onlineUrl : null } });
			await closeCrossedRequests(tx, meeting);
		} else {
			await deleteBookings(tx, meeting.id);
			await setMeetingStatus(tx, meeting.id, input.answer === 'decline' ? 'declined' : 'cancelled', { tableNumber: null });
			await mailOther(tx, input.answer === 'decline' ? 'declined' : 'cancelled', input.eventId, meeting.slotId, other, me.personId);
		}
		return { ok: true };
	});
}
