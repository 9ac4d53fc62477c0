/**
 * The booking rules of a brokerage day (issue 19). Pure: the flows load the facts and ask here; the
 * database's unique (slot, person) booking is the last word when two acceptances race.
 */
export type MeetingState = 'requested' | 'accepted' | 'declined' | 'cancelled';
export type Window = { opensAt: Date; closesAt: Date };

export const bookingOpen = (w: Window, now: Date) => now >= w.opensAt && now < w.closesAt;

/** An open meeting holds its place in the pair's plans: no second request for the same slot between the same two. */
export const isOpen = (s: MeetingState) => s === 'requested' || s === 'accepted';

export type RequestRefusal = 'closed' | 'self' | 'not_participant' | 'no_slot' | 'you_busy' | 'they_busy' | 'duplicate';

export type RequestFacts = {
	now: Date;
	window: Window;
	requesterId: string;
	inviteeId: string;
	/** Both must have listed themselves. */
	participants: ReadonlySet<string>;
	slotExists: boolean;
	/** Slots where each side already has an accepted meeting. */
	requesterBooked: ReadonlySet<string>;
	inviteeBooked: ReadonlySet<string>;
	slotId: string;
	/** Open meetings between the two in this slot (either direction). */
	openBetween: number;
};

export function checkRequest(f: RequestFacts): RequestRefusal | null {
	if (!bookingOpen(f.window, f.now)) return 'closed';
	if (f.requesterId === f.inviteeId) return 'self';
	if (!f.participants.has(f.requesterId) || !f.participants.has(f.inviteeId)) return 'not_participant';
	if (!f.slotExists) return 'no_slot';
	if (f.requesterBooked.has(f.slotId)) return 'you_busy';
	if (f.inviteeBooked.has(f.slotId)) return 'they_busy';
	if (f.openBetween > 0) return 'duplicate';
	return null;
}

export type Answer = 'accept' | 'decline' | 'cancel';
export type AnswerRefusal = 'not_yours' | 'not_open' | 'closed';

/** Only the invitee accepts or declines a request; either side cancels a request or an accepted meeting. */
export function checkAnswer(m: { status: MeetingState; requesterId: string; inviteeId: string }, personId: string, answer: Answer, open: boolean): AnswerRefusal | null {
	const side = personId === m.inviteeId ? 'invitee' : personId === m.requesterId ? 'requester' : null;
	if (!side) return 'not_yours';
	if (answer === 'cancel') return isOpen(m.status) ? null : 'not_open';
	if (side !== 'invitee') return 'not_yours';
	if (m.status !== 'requested') return 'not_open';
	// accepting books a slot, so it waits on the window like a request does
	if (answer === 'accept' && !open) return 'closed';
	return null;
}

/** The lowest table free in a slot, or null when every table is taken. */
export function freeTable(taken: readonly number[], tableCount: number): number | null {
	const used = new Set(taken);
	for (let n = 1; n <= tableCount; n++) if (!used.has(n)) return n;
	return null;
}

/** The slots both people still have free, in the order given. */
export function freeSlotsFor<S extends { id: string }>(slots: readonly S[], a: ReadonlySet<string>, b: ReadonlySet<string>): S[] {
	return slots.filter((s) => !a.has(s.id) && !b.has(s.id));
}
