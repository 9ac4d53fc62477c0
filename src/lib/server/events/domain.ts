/**
 * The rules of registration (pure): places, the waiting list, offers, the registration window and
 * reminder times. A registrant takes 1 + guests places; `registered` and `offered` rows hold
 * places (an offer keeps its place until it is answered or runs out).
 */
export type SeatHolder = { registration: string; guests: number };
export type Waiting = { participationId: string; guests: number; waitlistedAt: Date };

export const placesOf = (guests: number) => 1 + Math.max(0, guests);

export function placesTaken(rows: SeatHolder[]): number {
	return rows.reduce((n, r) => (r.registration === 'registered' || r.registration === 'offered' ? n + placesOf(r.guests) : n), 0);
}

/** Free places, or null for an event without a limit. */
export function placesLeft(capacity: number | null, taken: number): number | null {
	return capacity === null ? null : Math.max(0, capacity - taken);
}

/** Someone asks for 1 + guests places: a place if all of them fit, otherwise the waiting list. */
export function decideRegistration(capacity: number | null, taken: number, guests: number): 'registered' | 'waitlisted' {
	const left = placesLeft(capacity, taken);
	return left === null || left >= placesOf(guests) ? 'registered' : 'waitlisted';
}

/**
 * Who gets an offer when places free up: the waiting list in order of arrival; a party too big
 * for what is free is skipped (it keeps its turn for the next time) and smaller ones behind it
 * may fit.
 */
export function pickOffers(waiting: Waiting[], free: number | null): string[] {
	const ordered = [...waiting].sort((a, b) => a.waitlistedAt.getTime() - b.waitlistedAt.getTime() || a.participationId.localeCompare(b.participationId));
	if (free === null) return ordered.map((w) => w.participationId);
	const out: string[] = [];
	let left = free;
	for (const w of ordered) {
		if (placesOf(w.guests) <= left) {
			out.push(w.participationId);
			left -= placesOf(w.guests);
		}
	}
	return out;
}

export type WindowState = 'not_yet' | 'open' | 'closed';

/** Registration is open from `opensAt` (or always) until `closesAt` (or the start). */
export function registrationWindow(e: { registrationOpensAt: Date | null; registrationClosesAt: Date | null; startsAt: Date; status: string }, now: Date): WindowState {
	if (e.status !== 'published') return 'closed';
	if (e.registrationOpensAt && now < e.registrationOpensAt) return 'not_yet';
	const closes = e.registrationClosesAt ?? e.startsAt;
	return now < closes ? 'open' : 'closed';
}

/** When each reminder goes out (only those still ahead of `now`). */
export function reminderTimes(startsAt: Date, hours: number[], now: Date): { hours: number; at: Date }[] {
	return [...new Set(hours)]
		.filter((h) => h > 0)
		.map((h) => ({ hours: h, at: new Date(startsAt.getTime() - h * 3_600_000) }))
		.filter((r) => r.at > now);
}

/** An event is over once it ended; its registrants' details go `retentionDays` after that. */
export const retentionDue = (endsAt: Date, retentionDays: number, now: Date) => endsAt.getTime() + retentionDays * 86_400_000 <= now.getTime();

export { AGE_BANDS, EMPLOYMENT, EVENT_KINDS, FUNDER_FIELDS, GENDERS, SPOKEN_LANGUAGES, type EventKind, type FunderField } from '$lib/events/choices';

/** What a participation records of the event it belongs to (reports filter on these). */
export function eventActivity(e: { id: string; organisationId: string; projectId: string | null; startsAt: Date; endsAt: Date }) {
	return { activityKind: 'event' as const, activityId: e.id, organisationId: e.organisationId, projectId: e.projectId, activityStartsAt: e.startsAt, activityEndsAt: e.endsAt };
}
