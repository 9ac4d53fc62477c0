/**
 * An organisation's staff create, change, publish and cancel events. A change of time or venue
 * mails everyone on the list an updated `.ics`; a cancellation mails them a cancelling one; the
 * participations follow the event's date and project (updateActivityScope); reminders are
 * (re)scheduled as jobs for the current start time.
 */
import { localized } from '$lib/domain/localized';
import { uniqueSlug } from '$lib/text/slug';
import { recordAudit } from '../audit/audit-repository';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';
import { updateActivityScope } from '../participation/participations-repository';
import { eventActivity, reminderTimes } from './domain';
import type { ResolvedEvent } from './event-input';
import { findEvent, insertEvent, lockEvent, replaceHosts, replaceStops, slugTaken, updateEvent, type EventRow } from './events-repository';
import { mailEventOf } from './mail-event';
import { registrationMail, type MailKind } from './mails';
import { enqueueMail } from '../mail/outbox';
import { listRegistrations, resetReminders } from './registrations-repository';
import { insertMessage } from './messages-repository';
import { offerFreedPlaces } from './registration-flow';

export const REMINDER_JOB = 'events.reminder';
export const BROADCAST_JOB = 'events.broadcast';

async function freeSlug(db: Db, title: string, startsAt: Date): Promise<string> {
	const base = `${title} ${startsAt.toISOString().slice(0, 10)}`;
	const taken = new Set<string>();
	let slug = uniqueSlug(base, (s) => taken.has(s));
	while (await slugTaken(db, slug)) {
		taken.add(slug);
		slug = uniqueSlug(base, (s) => taken.has(s));
	}
	return slug;
}

export async function scheduleReminders(db: Db, event: Pick<EventRow, 'id' | 'startsAt' | 'reminderHours' | 'status'>, now: Date): Promise<void> {
	if (event.status !== 'published') return;
	for (const r of reminderTimes(event.startsAt, event.reminderHours, now)) {
		const startsAt = event.startsAt.toISOString();
		await enqueueJob(db, REMINDER_JOB, { eventId: event.id, hours: r.hours, startsAt }, { runAt: r.at, dedupeKey: `${REMINDER_JOB}:${event.id}:${r.hours}:${startsAt}` });
	}
}

export async function createEvent(
	db: Db,
	input: { organisationId: string; actorUserId: string; submissionId: string; publish: boolean; value: ResolvedEvent; projectId?: string | null },
	now = new Date()
): Promise<{ id: string; slug: string; created: boolean }> {
	return db.transaction(async (tx) => {
		const f = input.value.fields;
		const slug = await freeSlug(tx, localized(f.title, 'lv'), f.startsAt);
		const status = input.publish ? 'published' : 'draft';
		const { id, created } = await insertEvent(tx, {
			...f,
			slug,
			organisationId: input.organisationId,
			projectId: input.projectId ?? f.projectId ?? null,
			status,
			publishedAt: input.publish ? now : null,
			submissionId: input.submissionId,
			createdBy: input.actorUserId
		});
		if (!created) {
			const existing = await findEvent(tx, id);
			return { id, slug: existing!.slug, created: false };
		}
		await replaceStops(tx, id, input.value.stops);
		await replaceHosts(tx, id, input.value.hosts);
		await scheduleReminders(tx, { id, startsAt: f.startsAt, reminderHours: f.reminderHours ?? [24, 1], status }, now);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'event.create', entityType: 'event', entityId: id, details: { organisationId: input.organisationId, status } });
		return { id, slug, created: true };
	});
}

async function mailList(tx: Db, kind: MailKind, event: EventRow, statuses: string[]) {
	const mailEvent = await mailEventOf(tx, event);
	for (const r of await listRegistrations(tx, event.id)) {
		if (!r.email || !statuses.includes(r.registration)) continue;
		await enqueueMail(tx, await registrationMail(kind, mailEvent, { participationId: r.participationId, email: r.email, name: r.name, locale: r.locale }));
	}
}

/** Saves the form; `publish` publishes a draft. Returns false when the event is not the organisation's. */
export async function saveEvent(db: Db, input: { eventId: string; organisationId: string; actorUserId: string; publish: boolean; value: ResolvedEvent }, now = new Date()): Promise<boolean> {
	return db.transaction(async (tx) => {
		const before = await lockEvent(tx, input.eventId);
		if (!before || before.organisationId !== input.organisationId) return false;
		const f = input.value.fields;
		const status = before.status === 'draft' && input.publish ? 'published' : before.status;
		await updateEvent(tx, before.id, { ...f, status, publishedAt: before.publishedAt ?? (status === 'published' ? now : null) });
		await replaceStops(tx, before.id, input.value.stops);
		await replaceHosts(tx, before.id, input.value.hosts);
		const after = (await findEvent(tx, before.id))!;
		await updateActivityScope(tx, eventActivity(after));
		const moved = before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime();
		const venueChanged = before.placeId !== after.placeId || before.address !== after.address || before.venueName !== after.venueName || before.joinUrl !== after.joinUrl;
		if (moved) await resetReminders(tx, after.id);
		if (status === 'published' && (moved || before.status === 'draft' || before.reminderHours.join() !== after.reminderHours.join())) await scheduleReminders(tx, after, now);
		if (before.status === 'published' && (moved || venueChanged)) await mailList(tx, 'changed', after, ['registered', 'offered', 'waitlisted']);
		// more places (a larger capacity) go to the waiting list at once
		if ((after.capacity ?? Infinity) > (before.capacity ?? Infinity) || (before.capacity !== null && after.capacity === null)) await offerFreedPlaces(tx, after, now);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'event.update', entityType: 'event', entityId: after.id, details: { moved, venueChanged, status } });
		return true;
	});
}

/** Cancels the event: it stays listed as cancelled, and everyone on the list gets a cancelling `.ics`. */
export async function cancelEvent(db: Db, input: { eventId: string; organisationId: string; actorUserId: string }): Promise<boolean> {
	return db.transaction(async (tx) => {
		const event = await lockEvent(tx, input.eventId);
		if (!event || event.organisationId !== input.organisationId || event.status === 'cancelled') return false;
		await updateEvent(tx, event.id, { status: 'cancelled' });
		await mailList(tx, 'event_cancelled', { ...event, status: 'cancelled' }, ['registered', 'offered', 'waitlisted']);
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'event.cancel', entityType: 'event', entityId: event.id, details: {} });
		return true;
	});
}

export type Audience = 'registered' | 'attended' | 'absent';

/**
 * An organiser writes to everyone registered, only to those who came, or only to those who did
 * not. The form's key is the message's id: sent twice, it is stored (and mailed) once; a job fans it out.
 */
export async function messageRegistrants(db: Db, input: { eventId: string; organisationId: string; actorUserId: string; audience: Audience; subject: string; body: string; key: string }): Promise<boolean> {
	return db.transaction(async (tx) => {
		const event = await findEvent(tx, input.eventId);
		if (!event || event.organisationId !== input.organisationId) return false;
		const inserted = await insertMessage(tx, { id: input.key, eventId: event.id, audience: input.audience, subject: input.subject, body: input.body, actorUserId: input.actorUserId });
		if (!inserted) return true;
		await enqueueJob(tx, BROADCAST_JOB, { messageId: input.key });
		await recordAudit(tx, { actorUserId: input.actorUserId, action: 'event.message', entityType: 'event', entityId: event.id, details: { audience: input.audience, subject: input.subject } });
		return true;
	});
}

/** Who an audience is: attendance decides for "came" / "did not come" (an ended event's no-shows). */
export function inAudience(r: { registration: string; attendance: string }, audience: Audience): boolean {
	if (audience === 'attended') return r.attendance === 'attended';
	if (audience === 'absent') return r.registration === 'registered' && r.attendance !== 'attended';
	return r.registration === 'registered' || r.registration === 'offered';
}
