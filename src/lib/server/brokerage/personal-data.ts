/**
 * GDPR for brokerage days (issue 19): the account's download lists the person's listings and meetings;
 * deleting the account, the retention sweep (people/retention.ts, after the event's participant
 * retention) or a merge's anonymisation clears what the rows say (intro, organisation, messages) and
 * takes the person off the list — the meetings stay as anonymous rows, so the day's counts stay.
 * A merge moves the rows to the surviving person. Listed in auth/personal-data.ts and auth/account-deletion.ts.
 */
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { brokerageBookings, brokerageMeetings, brokerageParticipants, user } from '../db/schema';
import type { Db } from '../db/types';
import type { AccountEraser } from '../auth/account-deletion';
import type { PersonalDataCollector } from '../auth/personal-data';
import { normaliseEmail } from '../people/domain';
import { listPeopleOfAccount } from '../people/people-repository';
import { registerPersonReference } from '../people/references';

export async function clearBrokerageOf(tx: Db, personIds: string[]): Promise<void> {
	if (!personIds.length) return;
	await tx
		.update(brokerageParticipants)
		.set({ organisationName: null, intro: { lv: '' }, cooperationProfileId: null, optedIn: false })
		.where(inArray(brokerageParticipants.personId, personIds));
	await tx
		.update(brokerageMeetings)
		.set({ message: null, updatedAt: new Date() })
		.where(or(inArray(brokerageMeetings.requesterPersonId, personIds), inArray(brokerageMeetings.inviteePersonId, personIds)));
}

/** Re-points the merged person's rows; where the survivor already has a row (same day or slot) the merged one goes. */
async function moveBrokerage(tx: Db, from: string, to: string): Promise<number> {
	// a meeting between the two rows would become a meeting with oneself
	await tx
		.delete(brokerageMeetings)
		.where(or(and(eq(brokerageMeetings.requesterPersonId, from), eq(brokerageMeetings.inviteePersonId, to)), and(eq(brokerageMeetings.requesterPersonId, to), eq(brokerageMeetings.inviteePersonId, from))));
	await tx.delete(brokerageParticipants).where(and(eq(brokerageParticipants.personId, from), sql`${brokerageParticipants.eventId} IN (SELECT event_id FROM brokerage_participants WHERE person_id = ${to})`));
	await tx.delete(brokerageBookings).where(and(eq(brokerageBookings.personId, from), sql`${brokerageBookings.slotId} IN (SELECT slot_id FROM brokerage_bookings WHERE person_id = ${to})`));
	const a = await tx.update(brokerageParticipants).set({ personId: to }).where(eq(brokerageParticipants.personId, from)).returning({ id: brokerageParticipants.eventId });
	const b = await tx.update(brokerageMeetings).set({ requesterPersonId: to }).where(eq(brokerageMeetings.requesterPersonId, from)).returning({ id: brokerageMeetings.id });
	const c = await tx.update(brokerageMeetings).set({ inviteePersonId: to }).where(eq(brokerageMeetings.inviteePersonId, from)).returning({ id: brokerageMeetings.id });
	await tx.update(brokerageBookings).set({ personId: to }).where(eq(brokerageBookings.personId, from));
	return a.length + b.length + c.length;
}

registerPersonReference({ name: 'brokerage', move: moveBrokerage, anonymise: clearBrokerageOf });

async function peopleIdsOf(db: Db, userId: string): Promise<string[]> {
	const [u] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
	if (!u) return [];
	return (await listPeopleOfAccount(db, userId, normaliseEmail(u.email) ?? u.email)).map((p) => p.id);
}

async function collect(db: Db, userId: string) {
	const ids = await peopleIdsOf(db, userId);
	if (!ids.length) return { listings: [], meetings: [] };
	const listings = await db
		.select({ eventId: brokerageParticipants.eventId, organisationName: brokerageParticipants.organisationName, intro: brokerageParticipants.intro, optedIn: brokerageParticipants.optedIn, createdAt: brokerageParticipants.createdAt })
		.from(brokerageParticipants)
		.where(inArray(brokerageParticipants.personId, ids));
	const meetings = await db
		.select({ id: brokerageMeetings.id, eventId: brokerageMeetings.eventId, slotId: brokerageMeetings.slotId, status: brokerageMeetings.status, message: brokerageMeetings.message, tableNumber: brokerageMeetings.tableNumber, createdAt: brokerageMeetings.createdAt })
		.from(brokerageMeetings)
		.where(or(inArray(brokerageMeetings.requesterPersonId, ids), inArray(brokerageMeetings.inviteePersonId, ids)));
	return { listings, meetings };
}

export const BROKERAGE_COLLECTORS: PersonalDataCollector[] = [{ name: 'brokerage', collect }];

export const BROKERAGE_ERASERS: AccountEraser[] = [{ name: 'brokerage', erase: async (tx, userId) => clearBrokerageOf(tx, await peopleIdsOf(tx, userId)) }];
