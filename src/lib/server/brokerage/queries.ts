/** What the brokerage pages show (issue 19): the participants' list, one's meetings and agenda, the staff overview. */
import { localized } from '$lib/domain/localized';
import { bookingOpen, freeSlotsFor } from '$lib/domain/brokerage/rules';
import type { MeetingStatus } from '../db/schema';
import type { Db } from '../db/types';
import { findDay, listSlots, type DayRow, type SlotRow } from './days-repository';
import { bookedSlots, listMeetings, meetingsOf } from './meetings-repository';
import { listParticipants, ownListing, publishedProfilesOf, registeredPersonOf, type ListedParticipant } from './registrants-repository';
import type { Account } from './participant-flow';

/** For the event page's link: is there a brokerage day, and is booking open now? */
export async function brokerageLink(db: Db, eventId: string, now = new Date()): Promise<{ open: boolean } | null> {
	const day = await findDay(db, eventId);
	return day ? { open: bookingOpen(day, now) } : null;
}

export type MeetingView = {
	id: string;
	slot: SlotRow;
	status: MeetingStatus;
	mine: 'requester' | 'invitee';
	other: { personId: string; name: string | null; organisationName: string | null };
	message: string | null;
	tableNumber: number | null;
	onlineUrl: string | null;
	/** A request whose slot either side has since booked with someone else: it can only be declined or cancelled. */
	blocked: boolean;
};

function viewsOf(meetings: Awaited<ReturnType<typeof meetingsOf>>, personId: string, slots: SlotRow[], people: Map<string, ListedParticipant>): MeetingView[] {
	const slotOf = new Map(slots.map((s) => [s.id, s]));
	return meetings
		.filter((m) => slotOf.has(m.slotId))
		.map((m) => {
			const otherId = m.requesterId === personId ? m.inviteeId : m.requesterId;
			const other = people.get(otherId);
			return {
				id: m.id,
				slot: slotOf.get(m.slotId)!,
				status: m.status,
				mine: m.requesterId === personId ? ('requester' as const) : ('invitee' as const),
				other: { personId: otherId, name: other?.name ?? null, organisationName: other?.organisationName ?? null },
				message: m.message,
				// the place is given only once both said yes
				tableNumber: m.status === 'accepted' ? m.tableNumber : null,
				onlineUrl: m.status === 'accepted' ? m.onlineUrl : null,
				blocked: false
			};
		})
		.sort((a, b) => a.slot.startsAt.getTime() - b.slot.startsAt.getTime());
}

export type ParticipantPage = {
	day: DayRow;
	open: boolean;
	slots: SlotRow[];
	/** null: not signed in or not registered (the page says which). */
	me: { personId: string; listed: boolean; listing: Awaited<ReturnType<typeof ownListing>>; profiles: { id: string; slug: string; title: string }[] } | null;
	others: (ListedParticipant & { freeSlotIds: string[] })[];
	meetings: MeetingView[];
};

export async function participantPage(db: Db, eventId: string, account: Account | null, locale: string, now = new Date()): Promise<ParticipantPage | null> {
	const day = await findDay(db, eventId);
	if (!day) return null;
	const slots = await listSlots(db, eventId);
	const person = account ? await registeredPersonOf(db, eventId, account) : null;
	if (!person || !account) return { day, open: bookingOpen(day, now), slots, me: null, others: [], meetings: [] };
	const all = await listParticipants(db, eventId);
	const byId = new Map(all.map((p) => [p.personId, p]));
	const listing = await ownListing(db, eventId, person.personId);
	const listed = !!listing?.optedIn;
	const others = all.filter((p) => p.personId !== person.personId);
	const booked = await bookedSlots(db, [person.personId, ...others.map((o) => o.personId)]);
	const mineBooked = booked.get(person.personId) ?? new Set<string>();
	const myMeetings = await meetingsOf(db, eventId, person.personId);
	// a slot already asked between the two is not offered again (the flow would refuse it as a duplicate)
	const askedWith = (otherId: string) => new Set(myMeetings.filter((m) => (m.status === 'requested' || m.status === 'accepted') && (m.requesterId === otherId || m.inviteeId === otherId)).map((m) => m.slotId));
	return {
		day,
		open: bookingOpen(day, now),
		slots,
		me: {
			personId: person.personId,
			listed,
			listing,
			profiles: (await publishedProfilesOf(db, account.userId)).map((p) => ({ id: p.id, slug: p.slug, title: localized(p.title, locale) }))
		},
		others: listed
			? others.map((o) => {
					const asked = askedWith(o.personId);
					return { ...o, freeSlotIds: freeSlotsFor(slots, mineBooked, booked.get(o.personId) ?? new Set()).filter((s) => !asked.has(s.id)).map((s) => s.id) };
				})
			: [],
		meetings: viewsOf(myMeetings, person.personId, slots, byId).map((v) => ({
			...v,
			blocked: v.status === 'requested' && (mineBooked.has(v.slot.id) || !!booked.get(v.other.personId)?.has(v.slot.id))
		}))
	};
}

/** A person's accepted meetings in time order: the agenda page and its .ics. */
export async function agendaOf(db: Db, eventId: string, personId: string): Promise<MeetingView[]> {
	const slots = await listSlots(db, eventId);
	const byId = new Map((await listParticipants(db, eventId)).map((p) => [p.personId, p]));
	const meetings = (await meetingsOf(db, eventId, personId)).filter((m) => m.status === 'accepted');
	return viewsOf(meetings, personId, slots, byId);
}

export type OverviewCell = { requester: string; invitee: string; status: MeetingStatus; tableNumber: number | null };

/** Staff: every slot with its meetings (accepted and still asked), for the screen and for print. */
export async function overviewOf(db: Db, eventId: string): Promise<{ day: DayRow; slots: (SlotRow & { meetings: OverviewCell[] })[]; participants: number } | null> {
	const day = await findDay(db, eventId);
	if (!day) return null;
	const slots = await listSlots(db, eventId);
	const people = await listParticipants(db, eventId);
	const label = (id: string) => {
		const p = people.find((x) => x.personId === id);
		return [p?.name ?? '—', p?.organisationName].filter(Boolean).join(', ');
	};
	const meetings = (await listMeetings(db, eventId)).filter((m) => m.status === 'accepted' || m.status === 'requested');
	return {
		day,
		participants: people.length,
		slots: slots.map((s) => ({
			...s,
			meetings: meetings
				.filter((m) => m.slotId === s.id)
				.map((m) => ({ requester: label(m.requesterId), invitee: label(m.inviteeId), status: m.status, tableNumber: m.tableNumber }))
				.sort((a, b) => (a.tableNumber ?? 999) - (b.tableNumber ?? 999))
		}))
	};
}

/** The agenda of the signed-in account's registered person, or null when the account holds no registration. */
export async function agendaForAccount(db: Db, eventId: string, account: Account): Promise<MeetingView[] | null> {
	const person = await registeredPersonOf(db, eventId, account);
	return person ? agendaOf(db, eventId, person.personId) : null;
}
