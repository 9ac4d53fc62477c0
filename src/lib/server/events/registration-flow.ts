/**
 * Registration (issue 15): a place or the waiting list, decided under the event's row lock so two
 * people racing for the last place never both get it; one participation per person and event, so
 * nobody is registered twice; cancellations pass freed places to the waiting list as
 * time-limited offers. Mails go through the outbox in the same transaction.
 */
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { enqueueMail } from '../mail/outbox';
import { insertParticipation, setRegistration, type FunderFacts } from '../participation/participations-repository';
import type { PersonRow } from '../people/people-repository';
import { decideRegistration, eventActivity, pickOffers, placesLeft, registrationWindow } from './domain';
import { lockEvent, type EventRow } from './events-repository';
import { mailEventOf } from './mail-event';
import { registrationMail, type MailKind } from './mails';
import { findRegistration, findRegistrationOfPerson, listWaiting, placesHeld, setOffer, upsertDetails, type RegistrationView } from './registrations-repository';

export const OFFER_EXPIRY_JOB = 'events.offer-expiry';
const LIVE = new Set(['registered', 'waitlisted', 'offered']);

export type RegistrationRequest = {
	eventId: string;
	guests: number;
	guestNames?: string | null;
	answers: Record<string, string>;
	facts: FunderFacts;
	consent: boolean;
};

export type SeatResult =
	| { ok: true; participationId: string; status: 'registered' | 'waitlisted' | 'offered'; created: boolean }
	| { ok: false; reason: 'closed' | 'not_found' };

async function mailTo(tx: Db, kind: MailKind, event: EventRow, reg: Pick<RegistrationView, 'participationId' | 'email' | 'name' | 'locale'>, extra: { offerUntil?: Date } = {}) {
	if (!reg.email) return; // a walk-in without an address, or anonymised
	await enqueueMail(tx, await registrationMail(kind, await mailEventOf(tx, event), { participationId: reg.participationId, email: reg.email, name: reg.name, locale: reg.locale }, extra));
}

/**
 * Gives a confirmed person a place (or a waiting-list spot) at an event, in the caller's
 * transaction. Registering again while registered changes nothing; after a cancellation the
 * same row is used again (the unique key: one row per person and event).
 */
export async function takeSeat(tx: Db, person: PersonRow, req: RegistrationRequest, now: Date): Promise<SeatResult> {
	const event = await lockEvent(tx, req.eventId);
	if (!event) return { ok: false, reason: 'not_found' };
	const existing = await findRegistrationOfPerson(tx, event.id, person.id);
	if (existing && LIVE.has(existing.registration)) {
		return { ok: true, participationId: existing.participationId, status: existing.registration as 'registered', created: false };
	}
	if (registrationWindow(event, now) !== 'open') return { ok: false, reason: 'closed' };
	const decision = decideRegistration(event.capacity, await placesHeld(tx, event.id), req.guests);
	let participationId: string;
	if (existing) {
		participationId = existing.participationId;
		await setRegistration(tx, participationId, decision, now);
	} else {
		const row = await insertParticipation(tx, {
			personId: person.id,
			...eventActivity(event),
			registration: decision,
			at: now,
			...req.facts
		});
		participationId = row.id;
	}
	await upsertDetails(tx, {
		participationId,
		eventId: event.id,
		guests: req.guests,
		guestNames: req.guestNames ?? null,
		answers: req.answers,
		consentAt: req.consent ? now : null,
		waitlistedAt: decision === 'waitlisted' ? now : null
	});
	await mailTo(tx, decision, event, { participationId, email: person.email, name: person.name, locale: person.locale });
	return { ok: true, participationId, status: decision, created: true };
}

/**
 * Offers freed places to the waiting list (first come, a party that does not fit keeps its turn),
 * each for the event's offer hours — never past the start — and queues the expiry check.
 */
export async function offerFreedPlaces(tx: Db, event: EventRow, now: Date): Promise<number> {
	if (event.status !== 'published' || event.startsAt <= now) return 0;
	const free = placesLeft(event.capacity, await placesHeld(tx, event.id));
	const picks = pickOffers(await listWaiting(tx, event.id), free);
	const expires = new Date(Math.min(now.getTime() + event.offerHours * 3_600_000, event.startsAt.getTime()));
	for (const participationId of picks) {
		await setRegistration(tx, participationId, 'offered', now);
		await setOffer(tx, participationId, expires);
		const reg = await findRegistration(tx, participationId);
		if (reg) await mailTo(tx, 'offered', event, reg, { offerUntil: expires });
		await enqueueJob(tx, OFFER_EXPIRY_JOB, { participationId }, { runAt: expires });
	}
	return picks.length;
}

export type ChangeResult = { ok: true; slug: string } | { ok: false; reason: 'not_found' | 'not_live' | 'expired' };

/** The person (by their link) or staff cancel a registration; a freed place goes to the waiting list. */
export async function cancelRegistration(db: Db, participationId: string, now = new Date()): Promise<ChangeResult> {
	return db.transaction(async (tx) => {
		const before = await findRegistration(tx, participationId);
		if (!before) return { ok: false, reason: 'not_found' };
		const event = await lockEvent(tx, before.eventId);
		if (!event) return { ok: false, reason: 'not_found' };
		const reg = await findRegistration(tx, participationId);
		if (!reg || !LIVE.has(reg.registration)) return { ok: false, reason: 'not_live' };
		await setRegistration(tx, participationId, 'cancelled', now);
		await setOffer(tx, participationId, null);
		await mailTo(tx, 'cancelled', event, reg);
		await offerFreedPlaces(tx, event, now);
		return { ok: true, slug: event.slug };
	});
}

/** The waiting-list person takes the offered place while the offer is open. */
export async function acceptOffer(db: Db, participationId: string, now = new Date()): Promise<ChangeResult> {
	return db.transaction(async (tx) => {
		const before = await findRegistration(tx, participationId);
		if (!before) return { ok: false, reason: 'not_found' };
		const event = await lockEvent(tx, before.eventId);
		const reg = await findRegistration(tx, participationId);
		if (!event || !reg) return { ok: false, reason: 'not_found' };
		if (reg.registration === 'registered') return { ok: true, slug: event.slug };
		if (reg.registration !== 'offered') return { ok: false, reason: 'not_live' };
		if (!reg.offerExpiresAt || reg.offerExpiresAt <= now) return { ok: false, reason: 'expired' };
		await setRegistration(tx, participationId, 'registered', now);
		await setOffer(tx, participationId, null);
		await mailTo(tx, 'registered', event, reg);
		return { ok: true, slug: event.slug };
	});
}

/** An unanswered offer passes on: the place goes to the next in line. Idempotent (the job may run twice). */
export async function expireOffer(db: Db, participationId: string, now = new Date()): Promise<boolean> {
	return db.transaction(async (tx) => {
		const before = await findRegistration(tx, participationId);
		if (!before) return false;
		const event = await lockEvent(tx, before.eventId);
		const reg = await findRegistration(tx, participationId);
		if (!event || !reg || reg.registration !== 'offered' || !reg.offerExpiresAt || reg.offerExpiresAt > now) return false;
		await setRegistration(tx, participationId, 'cancelled', now);
		await setOffer(tx, participationId, null);
		await mailTo(tx, 'offer_expired', event, reg);
		await offerFreedPlaces(tx, event, now);
		return true;
	});
}
