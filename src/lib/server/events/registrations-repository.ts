import { and, asc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { eventCheckins, eventRegistrations, events, participations, people } from '../db/schema';
import type { Db } from '../db/types';

export type RegistrationDetails = {
	participationId: string;
	eventId: string;
	guests: number;
	guestNames?: string | null;
	answers?: Record<string, string>;
	consentAt?: Date | null;
	waitlistedAt?: Date | null;
	walkIn?: boolean;
};

export async function upsertDetails(db: Db, d: RegistrationDetails): Promise<void> {
	const values = {
		participationId: d.participationId,
		eventId: d.eventId,
		guests: d.guests,
		guestNames: d.guestNames ?? null,
		answers: d.answers ?? {},
		consentAt: d.consentAt ?? null,
		waitlistedAt: d.waitlistedAt ?? null,
		walkIn: d.walkIn ?? false
	};
	await db.insert(eventRegistrations).values(values).onConflictDoUpdate({ target: eventRegistrations.participationId, set: { ...values, offerExpiresAt: null } });
}

/** Places held now (registered + offered, each 1 + guests). */
export async function placesHeld(db: Db, eventId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`coalesce(sum(1 + ${eventRegistrations.guests}), 0)` })
		.from(eventRegistrations)
		.innerJoin(participations, eq(participations.id, eventRegistrations.participationId))
		.where(and(eq(eventRegistrations.eventId, eventId), inArray(participations.registration, ['registered', 'offered'])));
	return Number(row?.n ?? 0);
}

export type RegistrationView = {
	participationId: string;
	eventId: string;
	personId: string;
	name: string | null;
	email: string | null;
	locale: string;
	registration: 'registered' | 'waitlisted' | 'offered' | 'cancelled' | 'none';
	attendance: 'unknown' | 'attended' | 'absent';
	guests: number;
	guestNames: string | null;
	answers: Record<string, string>;
	waitlistedAt: Date | null;
	offerExpiresAt: Date | null;
	remindersSent: number[];
	walkIn: boolean;
	registeredAt: Date | null;
	attendanceMarkedAt: Date | null;
};

const viewColumns = {
	participationId: participations.id,
	eventId: eventRegistrations.eventId,
	personId: people.id,
	name: people.name,
	email: people.email,
	locale: people.locale,
	registration: participations.registration,
	attendance: participations.attendance,
	guests: eventRegistrations.guests,
	guestNames: eventRegistrations.guestNames,
	answers: eventRegistrations.answers,
	waitlistedAt: eventRegistrations.waitlistedAt,
	offerExpiresAt: eventRegistrations.offerExpiresAt,
	remindersSent: eventRegistrations.remindersSent,
	walkIn: eventRegistrations.walkIn,
	registeredAt: participations.registeredAt,
	attendanceMarkedAt: participations.attendanceMarkedAt
};

const fromRegistrations = (db: Db) =>
	db
		.select(viewColumns)
		.from(eventRegistrations)
		.innerJoin(participations, eq(participations.id, eventRegistrations.participationId))
		.innerJoin(people, eq(people.id, participations.personId));

export async function findRegistration(db: Db, participationId: string): Promise<RegistrationView | null> {
	const [row] = await fromRegistrations(db).where(eq(eventRegistrations.participationId, participationId));
	return row ?? null;
}

export async function findRegistrationOfPerson(db: Db, eventId: string, personId: string): Promise<RegistrationView | null> {
	const [row] = await fromRegistrations(db).where(and(eq(eventRegistrations.eventId, eventId), eq(participations.personId, personId)));
	return row ?? null;
}

/** Everyone on the event's list (any status), in registration order. */
export async function listRegistrations(db: Db, eventId: string): Promise<RegistrationView[]> {
	return fromRegistrations(db).where(eq(eventRegistrations.eventId, eventId)).orderBy(asc(eventRegistrations.createdAt), asc(participations.id));
}

export async function listWaiting(db: Db, eventId: string): Promise<{ participationId: string; guests: number; waitlistedAt: Date }[]> {
	const rows = await db
		.select({ participationId: eventRegistrations.participationId, guests: eventRegistrations.guests, waitlistedAt: eventRegistrations.waitlistedAt, createdAt: eventRegistrations.createdAt })
		.from(eventRegistrations)
		.innerJoin(participations, eq(participations.id, eventRegistrations.participationId))
		.where(and(eq(eventRegistrations.eventId, eventId), eq(participations.registration, 'waitlisted')));
	return rows.map((r) => ({ participationId: r.participationId, guests: r.guests, waitlistedAt: r.waitlistedAt ?? r.createdAt }));
}

export async function setOffer(db: Db, participationId: string, expiresAt: Date | null): Promise<void> {
	await db.update(eventRegistrations).set({ offerExpiresAt: expiresAt }).where(eq(eventRegistrations.participationId, participationId));
}

export async function setWaitlistedAt(db: Db, participationId: string, at: Date): Promise<void> {
	await db.update(eventRegistrations).set({ waitlistedAt: at }).where(eq(eventRegistrations.participationId, participationId));
}

/** Offers whose time ran out, with their event (the expiry job's input). */
export async function expiredOffers(db: Db, now: Date): Promise<{ participationId: string; eventId: string }[]> {
	return db
		.select({ participationId: eventRegistrations.participationId, eventId: eventRegistrations.eventId })
		.from(eventRegistrations)
		.innerJoin(participations, eq(participations.id, eventRegistrations.participationId))
		.where(and(eq(participations.registration, 'offered'), isNotNull(eventRegistrations.offerExpiresAt), lte(eventRegistrations.offerExpiresAt, now)));
}

export async function markReminderSent(db: Db, participationId: string, hours: number): Promise<void> {
	await db
		.update(eventRegistrations)
		.set({ remindersSent: sql`array_append(${eventRegistrations.remindersSent}, ${hours}::integer)` })
		.where(eq(eventRegistrations.participationId, participationId));
}

export async function resetReminders(db: Db, eventId: string): Promise<void> {
	await db.update(eventRegistrations).set({ remindersSent: [] }).where(eq(eventRegistrations.eventId, eventId));
}

/** Attendance and registration counts of an event (counts use attendance). */
export async function eventCounts(db: Db, eventId: string) {
	const [row] = await db
		.select({
			registered: sql<number>`count(*) filter (where ${participations.registration} = 'registered')`,
			waitlisted: sql<number>`count(*) filter (where ${participations.registration} = 'waitlisted')`,
			offered: sql<number>`count(*) filter (where ${participations.registration} = 'offered')`,
			attended: sql<number>`count(*) filter (where ${participations.attendance} = 'attended')`,
			attendedPlaces: sql<number>`coalesce(sum(1 + ${eventRegistrations.guests}) filter (where ${participations.attendance} = 'attended'), 0)`,
			walkIns: sql<number>`count(*) filter (where ${eventRegistrations.walkIn})`
		})
		.from(eventRegistrations)
		.innerJoin(participations, eq(participations.id, eventRegistrations.participationId))
		.where(eq(eventRegistrations.eventId, eventId));
	return {
		registered: Number(row.registered),
		waitlisted: Number(row.waitlisted),
		offered: Number(row.offered),
		attended: Number(row.attended),
		attendedPlaces: Number(row.attendedPlaces),
		walkIns: Number(row.walkIns)
	};
}

/** Clears answers and guest names on the registrations of these events (retention). */
export async function clearDetailsOfEvents(db: Db, eventIds: string[]): Promise<number> {
	if (!eventIds.length) return 0;
	const rows = await db
		.update(eventRegistrations)
		.set({ answers: {}, guestNames: null })
		.where(and(inArray(eventRegistrations.eventId, eventIds), sql`(${eventRegistrations.answers} <> '{}'::jsonb OR ${eventRegistrations.guestNames} IS NOT NULL)`))
		.returning({ id: eventRegistrations.participationId });
	return rows.length;
}

/** For anonymisation: what a person's registrations say about them goes. */
export async function clearDetailsOfPeople(db: Db, personIds: string[]): Promise<void> {
	if (!personIds.length) return;
	const ids = db.select({ id: participations.id }).from(participations).where(inArray(participations.personId, personIds));
	await db.update(eventRegistrations).set({ answers: {}, guestNames: null }).where(inArray(eventRegistrations.participationId, ids));
}

/** A person's registrations with their event (the GDPR download). */
export async function registrationsForExport(db: Db, personIds: string[]) {
	if (!personIds.length) return [];
	return db
		.select({
			event: events.slug,
			title: events.title,
			startsAt: events.startsAt,
			registration: participations.registration,
			attendance: participations.attendance,
			guests: eventRegistrations.guests,
			guestNames: eventRegistrations.guestNames,
			answers: eventRegistrations.answers,
			consentAt: eventRegistrations.consentAt,
			registeredAt: participations.registeredAt
		})
		.from(eventRegistrations)
		.innerJoin(participations, eq(participations.id, eventRegistrations.participationId))
		.innerJoin(events, eq(events.id, eventRegistrations.eventId))
		.where(inArray(participations.personId, personIds));
}

export async function recordScan(db: Db, scan: { scanId: string; eventId: string; participationId: string | null; method: string; scannedAt: Date; actorUserId: string | null }): Promise<boolean> {
	const rows = await db.insert(eventCheckins).values(scan).onConflictDoNothing().returning({ id: eventCheckins.scanId });
	return rows.length > 0;
}

export async function scanSeen(db: Db, scanId: string): Promise<{ participationId: string | null } | null> {
	const [row] = await db.select({ participationId: eventCheckins.participationId }).from(eventCheckins).where(eq(eventCheckins.scanId, scanId));
	return row ?? null;
}

