/** SQL for brokerage participants, meetings and bookings (issue 19). */
import { and, eq, inArray, or } from 'drizzle-orm';
import { brokerageBookings, brokerageMeetings, brokerageParticipants, type MeetingStatus } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';

export type MeetingRow = {
	id: string;
	eventId: string;
	slotId: string;
	requesterId: string;
	inviteeId: string;
	status: MeetingStatus;
	message: string | null;
	tableNumber: number | null;
	onlineUrl: string | null;
};
const meetingColumns = {
	id: brokerageMeetings.id,
	eventId: brokerageMeetings.eventId,
	slotId: brokerageMeetings.slotId,
	requesterId: brokerageMeetings.requesterPersonId,
	inviteeId: brokerageMeetings.inviteePersonId,
	status: brokerageMeetings.status,
	message: brokerageMeetings.message,
	tableNumber: brokerageMeetings.tableNumber,
	onlineUrl: brokerageMeetings.onlineUrl
};

export async function upsertParticipant(db: Db, p: { eventId: string; personId: string; organisationName: string | null; intro: LocalizedText; cooperationProfileId: string | null; optedIn: boolean }): Promise<void> {
	const set = { organisationName: p.organisationName, intro: p.intro, cooperationProfileId: p.cooperationProfileId, optedIn: p.optedIn };
	await db
		.insert(brokerageParticipants)
		.values({ eventId: p.eventId, personId: p.personId, ...set })
		.onConflictDoUpdate({ target: [brokerageParticipants.eventId, brokerageParticipants.personId], set });
}

/** The ids of the people listed (opted in) for the day. */
export async function listedPeople(db: Db, eventId: string): Promise<Set<string>> {
	const rows = await db
		.select({ id: brokerageParticipants.personId })
		.from(brokerageParticipants)
		.where(and(eq(brokerageParticipants.eventId, eventId), eq(brokerageParticipants.optedIn, true)));
	return new Set(rows.map((r) => r.id));
}

export async function findMeeting(db: Db, id: string, lock = false): Promise<MeetingRow | null> {
	const q = db.select(meetingColumns).from(brokerageMeetings).where(eq(brokerageMeetings.id, id));
	const [row] = lock ? await q.for('update') : await q;
	return row ?? null;
}

export async function listMeetings(db: Db, eventId: string): Promise<MeetingRow[]> {
	return db.select(meetingColumns).from(brokerageMeetings).where(eq(brokerageMeetings.eventId, eventId));
}

/** A person's meetings of a day, either side. */
export async function meetingsOf(db: Db, eventId: string, personId: string): Promise<MeetingRow[]> {
	return db
		.select(meetingColumns)
		.from(brokerageMeetings)
		.where(and(eq(brokerageMeetings.eventId, eventId), or(eq(brokerageMeetings.requesterPersonId, personId), eq(brokerageMeetings.inviteePersonId, personId))));
}

export async function insertMeeting(db: Db, m: { eventId: string; slotId: string; requesterId: string; inviteeId: string; message: string | null }): Promise<string> {
	const [row] = await db
		.insert(brokerageMeetings)
		.values({ eventId: m.eventId, slotId: m.slotId, requesterPersonId: m.requesterId, inviteePersonId: m.inviteeId, message: m.message })
		.returning({ id: brokerageMeetings.id });
	return row.id;
}

export async function setMeetingStatus(db: Db, id: string, status: MeetingStatus, place: { tableNumber?: number | null; onlineUrl?: string | null } = {}): Promise<void> {
	const now = new Date();
	await db
		.update(brokerageMeetings)
		.set({ status, ...place, respondedAt: status === 'cancelled' ? undefined : now, updatedAt: now })
		.where(eq(brokerageMeetings.id, id));
}

/** Slot ids where each of the people has a booking (an accepted meeting). */
export async function bookedSlots(db: Db, personIds: string[]): Promise<Map<string, Set<string>>> {
	const out = new Map(personIds.map((id) => [id, new Set<string>()]));
	if (!personIds.length) return out;
	const rows = await db.select({ slotId: brokerageBookings.slotId, personId: brokerageBookings.personId }).from(brokerageBookings).where(inArray(brokerageBookings.personId, personIds));
	for (const r of rows) out.get(r.personId)?.add(r.slotId);
	return out;
}

/** Both sides' bookings: the (slot, person) primary key refuses a second one. */
export async function insertBookings(db: Db, meeting: { id: string; slotId: string; requesterId: string; inviteeId: string }): Promise<void> {
	await db.insert(brokerageBookings).values([
		{ slotId: meeting.slotId, personId: meeting.requesterId, meetingId: meeting.id },
		{ slotId: meeting.slotId, personId: meeting.inviteeId, meetingId: meeting.id }
	]);
}

export async function deleteBookings(db: Db, meetingId: string): Promise<void> {
	await db.delete(brokerageBookings).where(eq(brokerageBookings.meetingId, meetingId));
}

/** Tables already given in a slot. */
export async function tablesTaken(db: Db, slotId: string): Promise<number[]> {
	const rows = await db
		.select({ n: brokerageMeetings.tableNumber })
		.from(brokerageMeetings)
		.where(and(eq(brokerageMeetings.slotId, slotId), eq(brokerageMeetings.status, 'accepted')));
	return rows.flatMap((r) => (r.n == null ? [] : [r.n]));
}

/** Open requests (not yet answered) in a slot that involve any of these people, except one meeting. */
export async function openRequestsInSlot(db: Db, slotId: string, personIds: string[], exceptId: string): Promise<MeetingRow[]> {
	const rows = await db
		.select(meetingColumns)
		.from(brokerageMeetings)
		.where(
			and(
				eq(brokerageMeetings.slotId, slotId),
				eq(brokerageMeetings.status, 'requested'),
				or(inArray(brokerageMeetings.requesterPersonId, personIds), inArray(brokerageMeetings.inviteePersonId, personIds))
			)
		);
	return rows.filter((r) => r.id !== exceptId);
}
