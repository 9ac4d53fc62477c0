import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { jobs, people } from '../db/schema';
import { jobHandler } from '../jobs/registry';
import { collectPersonalData } from '../auth/personal-data';
import { deleteAccount } from '../auth/account-deletion';
import { addTestOrganisation, addUser } from '../people/test-fixtures';
import { personForUser } from '../people/flow';
import './jobs';
import { cancelEvent, messageRegistrants, scheduleReminders } from './manage-flow';
import { findEvent } from './events-repository';
import { eventPage } from './queries';
import { takeSeat } from './registration-flow';
import { eventCounts, findRegistration, upsertDetails } from './registrations-repository';
import { sweepEventRetention } from './retention';
import { addTestEvent, confirmedPerson, mailsTo, request } from './test-fixtures';

let h: DbHandle;
let org: string;
beforeAll(async () => {
	h = await openTestDb();
	org = await addTestOrganisation(h.db, 't-lifecycle');
	await addUser(h.db, 'coord', 'coord@example.lv');
});
afterAll(async () => h?.close());

async function registered(eventId: string, email: string) {
	const r = await h.db.transaction(async (tx) => takeSeat(tx, await confirmedPerson(tx, email), request(eventId), new Date()));
	if (!r.ok) throw new Error('not registered');
	return r.participationId;
}
const run = async (kind: string, payload: unknown) => jobHandler(kind)!(h.db, payload);

describe('mails around an event', () => {
	it('reminders go at the configured hours, once per person, only to those holding a place', async () => {
		const eventId = await addTestEvent(h.db, org, { inHours: 50 });
		await registered(eventId, 'remind@example.lv');
		const event = (await findEvent(h.db, eventId))!;
		await scheduleReminders(h.db, event, new Date());
		const queued = await h.db.select({ payload: jobs.payload, runAt: jobs.runAt }).from(jobs).where(eq(jobs.kind, 'events.reminder'));
		const mine = queued.filter((j) => (j.payload as { eventId: string }).eventId === eventId);
		expect(mine.map((j) => (j.payload as { hours: number }).hours).sort()).toEqual([1, 24]);
		const day = mine.find((j) => (j.payload as { hours: number }).hours === 24)!;
		await run('events.reminder', day.payload);
		await run('events.reminder', day.payload); // a retried job mails nobody twice
		const reminders = (await mailsTo(h.db, 'remind@example.lv')).filter((mm) => /Atgādinājums/.test(mm.subject));
		expect(reminders).toHaveLength(1);
		expect(reminders[0].attachments.map((a) => a.filename)).toEqual(['pasakums.ics', 'qr.png']);
	});

	it('a message to no-shows reaches only those who registered and did not come; sent twice it goes once', async () => {
		const eventId = await addTestEvent(h.db, org, { inHours: 1 });
		const came = await registered(eventId, 'came@example.lv');
		await registered(eventId, 'noshow@example.lv');
		const { setAttendance } = await import('../participation/participations-repository');
		await setAttendance(h.db, came, 'attended', new Date());
		const key = crypto.randomUUID();
		const msg = { eventId, organisationId: org, actorUserId: 'coord', audience: 'absent' as const, subject: 'Ieraksts un materiāli', body: 'Paldies!', key };
		await messageRegistrants(h.db, msg);
		await messageRegistrants(h.db, msg);
		for (const j of await h.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, 'events.broadcast'))) await run('events.broadcast', j.payload);
		expect((await mailsTo(h.db, 'noshow@example.lv')).filter((mm) => mm.subject === 'Ieraksts un materiāli')).toHaveLength(1);
		expect((await mailsTo(h.db, 'came@example.lv')).filter((mm) => mm.subject === 'Ieraksts un materiāli')).toHaveLength(0);
	});

	it('cancelling the event tells everyone with a cancelling .ics and keeps it listed as cancelled', async () => {
		const eventId = await addTestEvent(h.db, org);
		await registered(eventId, 'cancelme@example.lv');
		expect(await cancelEvent(h.db, { eventId, organisationId: org, actorUserId: 'coord' })).toBe(true);
		const [mail] = (await mailsTo(h.db, 'cancelme@example.lv')).filter((mm) => /atcelts/i.test(mm.subject));
		const ics = Buffer.from(mail.attachments[0].content, 'base64').toString();
		expect(ics).toContain('STATUS:CANCELLED');
		expect(mail.attachments[0].contentType).toContain('method=CANCEL');
		expect((await findEvent(h.db, eventId))?.status).toBe('cancelled');
	});
});

describe('what the public sees', () => {
	it('the event page and its JSON-LD never carry the join link', async () => {
		const eventId = await addTestEvent(h.db, org, { online: true, joinUrl: 'https://meet.example/very-secret', venueName: null });
		const event = (await findEvent(h.db, eventId))!;
		const page = await eventPage(h.db, event.slug, 'lv', 'https://tuvuma.test');
		expect(JSON.stringify(page)).not.toContain('very-secret');
		expect(page?.jsonLd).toMatchObject({ '@type': 'Event', eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode' });
	});
});

describe('privacy', () => {
	it('after the organisation’s retention the answers go and people without an account are anonymised; attendance counts stay', async () => {
		const eventId = await addTestEvent(h.db, org, { startsAt: new Date(Date.now() - 400 * 86_400_000), endsAt: new Date(Date.now() - 400 * 86_400_000 + 3_600_000) });
		const person = await confirmedPerson(h.db, 'old@example.lv');
		const { insertParticipation } = await import('../participation/participations-repository');
		const event = (await findEvent(h.db, eventId))!;
		const { id } = await insertParticipation(h.db, { personId: person.id, activityKind: 'event', activityId: eventId, organisationId: org, activityStartsAt: event.startsAt, activityEndsAt: event.endsAt, registration: 'registered', attendance: 'attended', at: event.startsAt });
		await upsertDetails(h.db, { participationId: id, eventId, guests: 1, guestNames: 'Kārlis', answers: { q1: 'Jā' } });
		const swept = await sweepEventRetention(h.db);
		expect(swept.registrations).toBeGreaterThanOrEqual(1);
		const reg = await findRegistration(h.db, id);
		expect(reg).toMatchObject({ answers: {}, guestNames: null, attendance: 'attended', email: null, name: null });
		expect((await eventCounts(h.db, eventId)).attended).toBe(1);
	});

	it('the GDPR download lists an account’s registrations; deleting the account clears them but keeps the count', async () => {
		const eventId = await addTestEvent(h.db, org);
		await addUser(h.db, 'u-gdpr', 'gdpr@example.lv', 'Gatis');
		const person = await personForUser(h.db, { id: 'u-gdpr', email: 'gdpr@example.lv', name: 'Gatis', locale: 'lv' });
		const r = await h.db.transaction((tx) => takeSeat(tx, person, { ...request(eventId), answers: { q1: 'mana atbilde' } }, new Date()));
		const data = (await collectPersonalData(h.db, 'u-gdpr')) as { eventRegistrations: { answers: Record<string, string> }[] };
		expect(data.eventRegistrations).toHaveLength(1);
		expect(data.eventRegistrations[0].answers).toEqual({ q1: 'mana atbilde' });
		await deleteAccount(h.db, 'u-gdpr');
		const reg = await findRegistration(h.db, r.ok ? r.participationId : '');
		expect(reg).toMatchObject({ answers: {}, email: null, registration: 'registered' });
		const [row] = await h.db.select({ anonymisedAt: people.anonymisedAt }).from(people).where(eq(people.id, person.id));
		expect(row.anonymisedAt).toBeInstanceOf(Date);
	});
});
