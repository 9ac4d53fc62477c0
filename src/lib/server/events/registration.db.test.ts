import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { jobs, participations } from '../db/schema';
import { confirmByToken } from '../people/confirmation';
import { addTestOrganisation } from '../people/test-fixtures';
import { findPersonByEmail } from '../people/people-repository';
import { registerForEvent } from './register-flow';
import { acceptOffer, cancelRegistration, expireOffer, takeSeat } from './registration-flow';
import { findRegistration, placesHeld } from './registrations-repository';
import { addTestEvent, confirmedPerson, mailsTo, request } from './test-fixtures';

let h: DbHandle;
let org: string;
beforeAll(async () => {
	h = await openTestDb();
	org = await addTestOrganisation(h.db, 't-events');
});
afterAll(async () => h?.close());

const seat = (personEmail: string, eventId: string, guests = 0) =>
	h.db.transaction(async (tx) => takeSeat(tx, await confirmedPerson(tx, personEmail), request(eventId, guests), new Date()));

describe('registering', () => {
	it('a confirmed person gets a place and a mail with an .ics (read back) and a QR code; registering again changes nothing', async () => {
		const eventId = await addTestEvent(h.db, org, { title: { lv: 'Vebinārs par ķiplokiem' }, online: true, joinUrl: 'https://meet.example/secret' });
		const first = await seat('anna@example.lv', eventId);
		const again = await seat('Anna@Example.lv ', eventId);
		expect(first).toMatchObject({ ok: true, status: 'registered', created: true });
		expect(again).toMatchObject({ ok: true, participationId: first.ok && first.participationId, created: false });
		const rows = await h.db.select({ id: participations.id }).from(participations).where(eq(participations.activityId, eventId));
		expect(rows).toHaveLength(1);
		const [mail] = await mailsTo(h.db, 'anna@example.lv');
		expect(mail.subject).toContain('Vebinārs par ķiplokiem');
		expect(mail.text).toContain('https://meet.example/secret');
		expect(mail.text).toMatch(/\/lv\/pasakumi\/[^/]+\/mana\?k=.*atcelt=1/);
		const ics = mail.attachments.find((a) => a.filename.endsWith('.ics'))!;
		const ev = new ICAL.Component(ICAL.parse(Buffer.from(ics.content, 'base64').toString())).getFirstSubcomponent('vevent')!;
		expect(ev.getFirstPropertyValue('summary')).toBe('Vebinārs par ķiplokiem');
		expect(mail.attachments.some((a) => a.contentType === 'image/png' && a.cid)).toBe(true);
	});

	it('without an account: a confirmation link (sent once for a double submit), then the place', async () => {
		const eventId = await addTestEvent(h.db, org);
		const input = { ...request(eventId), email: 'janis@example.lv', name: 'Jānis', locale: 'lv' as const };
		expect(await registerForEvent(h.db, null, input)).toEqual({ kind: 'check_mail' });
		expect(await registerForEvent(h.db, null, input)).toEqual({ kind: 'check_mail' });
		const mails = await mailsTo(h.db, 'janis@example.lv');
		expect(mails).toHaveLength(1);
		const token = new URL(mails[0].text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!;
		const person = await findPersonByEmail(h.db, 'janis@example.lv');
		expect(await placesHeld(h.db, eventId)).toBe(0); // nothing held before the address is confirmed
		const confirmed = await confirmByToken(h.db, token);
		expect(confirmed).toMatchObject({ ok: true });
		expect(confirmed.ok && confirmed.next).toMatch(/^\/lv\/pasakumi\/.+\/mana\?k=/);
		const [row] = await h.db.select({ registration: participations.registration }).from(participations).where(and(eq(participations.activityId, eventId), eq(participations.personId, person!.id)));
		expect(row.registration).toBe('registered');
	});

	it('a signed-in person registering themselves needs no link', async () => {
		const eventId = await addTestEvent(h.db, org);
		const principal = { userId: 'u-x', email: 'liga@example.lv', emailVerified: true, roles: [], producerIds: [], territoryIds: [], memberships: [] };
		const { addUser } = await import('../people/test-fixtures');
		await addUser(h.db, 'u-x', 'liga@example.lv', 'Līga');
		const out = await registerForEvent(h.db, principal, { ...request(eventId), email: 'liga@example.lv', name: 'Līga', locale: 'lv' });
		expect(out).toMatchObject({ kind: 'seat', result: { ok: true, status: 'registered' } });
	});

	it('registration closes at the start', async () => {
		const eventId = await addTestEvent(h.db, org, { inHours: -1 });
		expect(await seat('late@example.lv', eventId)).toEqual({ ok: false, reason: 'closed' });
	});
});

describe('capacity, groups and the waiting list', () => {
	it('groups count against capacity; cancelling offers the place to the first who fits; an unanswered offer passes on', async () => {
		const eventId = await addTestEvent(h.db, org, { capacity: 3, offerHours: 24 });
		const a = await seat('a@example.lv', eventId, 1); // 2 places
		const b = await seat('b@example.lv', eventId); // 3rd place
		const c = await seat('c@example.lv', eventId, 1); // needs 2: waits
		const d = await seat('d@example.lv', eventId); // waits
		expect([a, b, c, d].map((r) => r.ok && r.status)).toEqual(['registered', 'registered', 'waitlisted', 'waitlisted']);
		if (!a.ok || !b.ok || !c.ok || !d.ok) throw new Error('unreachable');

		await cancelRegistration(h.db, b.participationId);
		expect((await findRegistration(h.db, c.participationId))?.registration).toBe('waitlisted'); // 2 do not fit in 1
		const offered = await findRegistration(h.db, d.participationId);
		expect(offered?.registration).toBe('offered');
		expect((await mailsTo(h.db, 'd@example.lv')).map((mm) => mm.subject).join('|')).toMatch(/Jums ir vieta/);
		const expiry = await h.db.select({ runAt: jobs.runAt }).from(jobs).where(eq(jobs.kind, 'events.offer-expiry'));
		expect(expiry.length).toBeGreaterThan(0);
		expect(await acceptOffer(h.db, d.participationId)).toMatchObject({ ok: true });
		expect((await findRegistration(h.db, d.participationId))?.registration).toBe('registered');

		await cancelRegistration(h.db, a.participationId); // 2 places free: C's group fits now
		const offerC = await findRegistration(h.db, c.participationId);
		expect(offerC?.registration).toBe('offered');
		expect(await expireOffer(h.db, c.participationId)).toBe(false); // not yet
		expect(await expireOffer(h.db, c.participationId, new Date(offerC!.offerExpiresAt!.getTime() + 1000))).toBe(true);
		expect((await findRegistration(h.db, c.participationId))?.registration).toBe('cancelled');
		expect(await acceptOffer(h.db, c.participationId)).toMatchObject({ ok: false });
		expect((await mailsTo(h.db, 'c@example.lv')).some((mm) => /Piedāvājums beidzies/.test(mm.subject))).toBe(true);
		expect(await placesHeld(h.db, eventId)).toBe(1);
	});

	it('people racing for the last place: exactly one gets it, the others wait', async () => {
		const eventId = await addTestEvent(h.db, org, { capacity: 5 });
		for (let i = 0; i < 4; i++) await seat(`early${i}@example.lv`, eventId);
		const racers = await Promise.all(Array.from({ length: 12 }, (_, i) => confirmedPerson(h.db, `racer${i}@example.lv`)));
		const results = await Promise.all(racers.map((p) => h.db.transaction((tx) => takeSeat(tx, p, request(eventId), new Date()))));
		expect(results.filter((r) => r.ok && r.status === 'registered')).toHaveLength(1);
		expect(results.filter((r) => r.ok && r.status === 'waitlisted')).toHaveLength(11);
		expect(await placesHeld(h.db, eventId)).toBe(5);
	});

	it('the same person submitting twice at once is registered once', async () => {
		const eventId = await addTestEvent(h.db, org, { capacity: 10 });
		const p = await confirmedPerson(h.db, 'twice@example.lv');
		const results = await Promise.all([0, 1, 2].map(() => h.db.transaction((tx) => takeSeat(tx, p, request(eventId), new Date()))));
		expect(new Set(results.map((r) => r.ok && r.participationId)).size).toBe(1);
		expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
		expect(await placesHeld(h.db, eventId)).toBe(1);
	});
});
