import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { brokerageBookings, brokerageMeetings, brokerageParticipants } from '../db/schema';
import { addTestEvent, confirmedPerson, mailsTo } from '../events/test-fixtures';
import { addTestOrganisation, addUser, takePart } from '../people/test-fixtures';
import { updatePerson } from '../people/people-repository';
import { personReferences } from '../people/references';
import { listSlots } from './days-repository';
import { saveBrokerageDay } from './manage-flow';
import { answerMeeting, joinBrokerage, requestMeeting, type Account } from './participant-flow';
import { agendaOf, overviewOf, participantPage } from './queries';
import { agendaIcs } from './ics';
import './personal-data';

const HOUR = 3_600_000;
let h: DbHandle;
let eventId: string;
let slots: { id: string; startsAt: Date }[];
const acc: Record<string, Account> = {};
const pid: Record<string, string> = {};

async function participant(key: string, orgId: string, registration: 'registered' | 'cancelled' = 'registered') {
	const email = `${key}@brok.example.lv`;
	const p = await confirmedPerson(h.db, email, `Persona ${key.toUpperCase()}`, 'ro');
	await addUser(h.db, `u-${key}`, email, `Persona ${key}`);
	await updatePerson(h.db, p.id, { userId: `u-${key}` });
	await takePart(h.db, { personId: p.id, organisationId: orgId, activityId: eventId, registration });
	acc[key] = { userId: `u-${key}`, email };
	pid[key] = p.id;
}

beforeAll(async () => {
	h = await openTestDb();
	const org = await addTestOrganisation(h.db, 'brok-org');
	const startsAt = new Date(Date.now() + 10 * 24 * HOUR);
	eventId = await addTestEvent(h.db, org, { startsAt, endsAt: new Date(startsAt.getTime() + 6 * HOUR), title: { lv: 'Kontaktbirža', ro: 'Bursa de contacte' } });
	const saved = await saveBrokerageDay(h.db, {
		actorUserId: null,
		eventId,
		eventEndsAt: new Date(startsAt.getTime() + 6 * HOUR),
		hasDay: false,
		input: { opensAt: new Date(Date.now() - HOUR), closesAt: startsAt, mode: 'tables', onlineUrl: null, tableCount: 1, plan: { firstStart: startsAt, minutes: 20, count: 3, breakAfter: null, breakMinutes: null } }
	});
	expect(saved).toEqual({ ok: true });
	slots = await listSlots(h.db, eventId);
	for (const k of ['a', 'b', 'c', 'd']) await participant(k, org);
	await participant('x', org, 'cancelled');
	for (const k of ['a', 'b', 'c', 'd']) expect(await joinBrokerage(h.db, acc[k], { eventId, organisationName: `Org ${k}`, intro: `Intro ${k}`, locale: 'ro', cooperationProfileId: null, optedIn: true })).toEqual({ ok: true });
});
afterAll(async () => h?.close());

describe('a brokerage day', () => {
	it('generated the slots and refuses a registrant who cancelled', async () => {
		expect(slots).toHaveLength(3);
		expect(await joinBrokerage(h.db, acc.x, { eventId, organisationName: null, intro: 'x', locale: 'ro', cooperationProfileId: null, optedIn: true })).toEqual({ ok: false, reason: 'not_registered' });
		expect(await requestMeeting(h.db, acc.x, { eventId, inviteeId: pid.a, slotId: slots[0].id, message: null })).toEqual({ ok: false, reason: 'not_registered' });
	});

	it('request → accept books the slot for both, gives a table and mails each side', async () => {
		const r = await requestMeeting(h.db, acc.a, { eventId, inviteeId: pid.b, slotId: slots[0].id, message: 'Să discutăm despre miere' });
		expect(r.ok).toBe(true);
		expect((await mailsTo(h.db, 'b@brok.example.lv'))[0].text).toContain('miere');
		expect(await answerMeeting(h.db, acc.a, { eventId, meetingId: r.ok ? r.id! : '', answer: 'accept' })).toEqual({ ok: false, reason: 'not_yours' });
		expect(await answerMeeting(h.db, acc.b, { eventId, meetingId: r.ok ? r.id! : '', answer: 'accept' })).toEqual({ ok: true });
		const booked = await h.db.select({ personId: brokerageBookings.personId }).from(brokerageBookings).where(eq(brokerageBookings.slotId, slots[0].id));
		expect(booked.map((b) => b.personId).sort()).toEqual([pid.a, pid.b].sort());
		expect((await mailsTo(h.db, 'a@brok.example.lv')).some((m) => m.text.includes('1'))).toBe(true);
		const agenda = await agendaOf(h.db, eventId, pid.a);
		expect(agenda).toHaveLength(1);
		expect(agenda[0]).toMatchObject({ tableNumber: 1, other: { name: 'Persona B', organisationName: 'Org b' } });
	});

	it('refuses asking for a slot where either side is booked, and a second acceptance in the same slot', async () => {
		expect(await requestMeeting(h.db, acc.c, { eventId, inviteeId: pid.a, slotId: slots[0].id, message: null })).toEqual({ ok: false, reason: 'they_busy' });
		expect(await requestMeeting(h.db, acc.a, { eventId, inviteeId: pid.c, slotId: slots[0].id, message: null })).toEqual({ ok: false, reason: 'you_busy' });
		// two requests to c in slot 2: c accepts one; the other is declined at once and its sender told, so it can no longer be accepted
		const fromD = await requestMeeting(h.db, acc.d, { eventId, inviteeId: pid.c, slotId: slots[1].id, message: null });
		const fromA = await requestMeeting(h.db, acc.a, { eventId, inviteeId: pid.c, slotId: slots[1].id, message: null });
		expect(fromD.ok && fromA.ok).toBe(true);
		const mailsToA = (await mailsTo(h.db, 'a@brok.example.lv')).length;
		expect(await answerMeeting(h.db, acc.c, { eventId, meetingId: fromD.ok ? fromD.id! : '', answer: 'accept' })).toEqual({ ok: true });
		const [crossed] = await h.db.select({ status: brokerageMeetings.status }).from(brokerageMeetings).where(eq(brokerageMeetings.id, fromA.ok ? fromA.id! : ''));
		expect(crossed.status).toBe('declined');
		expect((await mailsTo(h.db, 'a@brok.example.lv')).length).toBe(mailsToA + 1);
		expect(await answerMeeting(h.db, acc.c, { eventId, meetingId: fromA.ok ? fromA.id! : '', answer: 'accept' })).toEqual({ ok: false, reason: 'not_open' });
	});

	it('two acceptances racing for one person in one slot: exactly one wins', async () => {
		const fromA = await requestMeeting(h.db, acc.a, { eventId, inviteeId: pid.b, slotId: slots[2].id, message: null });
		const fromD = await requestMeeting(h.db, acc.d, { eventId, inviteeId: pid.b, slotId: slots[2].id, message: null });
		const results = await Promise.all([fromA, fromD].map((r) => answerMeeting(h.db, acc.b, { eventId, meetingId: r.ok ? r.id! : '', answer: 'accept' })));
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(await h.db.select({ p: brokerageBookings.personId }).from(brokerageBookings).where(eq(brokerageBookings.slotId, slots[2].id))).toHaveLength(2);
		// free slot 3 again for the later checks
		const won = results[0].ok ? fromA : fromD;
		expect(await answerMeeting(h.db, acc.b, { eventId, meetingId: won.ok ? won.id! : '', answer: 'cancel' })).toEqual({ ok: true });
	});

	it('the database itself refuses a second booking of a person in a slot (the unique key)', async () => {
		const [b] = await h.db.select({ meetingId: brokerageBookings.meetingId }).from(brokerageBookings).where(eq(brokerageBookings.personId, pid.a));
		await expect(h.db.insert(brokerageBookings).values({ slotId: slots[0].id, personId: pid.a, meetingId: b.meetingId })).rejects.toThrow();
	});

	it('cancel frees the slot for both; decline books nothing', async () => {
		const [first] = await agendaOf(h.db, eventId, pid.a);
		expect(await answerMeeting(h.db, acc.b, { eventId, meetingId: first.id, answer: 'cancel' })).toEqual({ ok: true });
		expect(await agendaOf(h.db, eventId, pid.a)).toHaveLength(0);
		expect((await mailsTo(h.db, 'a@brok.example.lv')).length).toBeGreaterThanOrEqual(2);
		const again = await requestMeeting(h.db, acc.c, { eventId, inviteeId: pid.a, slotId: slots[0].id, message: null });
		expect(again.ok).toBe(true);
		expect(await answerMeeting(h.db, acc.a, { eventId, meetingId: again.ok ? again.id! : '', answer: 'decline' })).toEqual({ ok: true });
		expect(await h.db.select({ p: brokerageBookings.personId }).from(brokerageBookings).where(eq(brokerageBookings.slotId, slots[0].id))).toHaveLength(0);
	});

	it('a participant sees others without contacts; the overview shows every slot', async () => {
		const page = await participantPage(h.db, eventId, acc.a, 'ro');
		expect(page?.me?.listed).toBe(true);
		expect(page?.others.map((o) => o.name)).toEqual(['Persona B', 'Persona C', 'Persona D']);
		expect(JSON.stringify(page?.others)).not.toContain('@');
		// slot 1 was asked between a and c (declined) — free again; nothing else is open between them
		expect(page?.others.find((o) => o.personId === pid.c)?.freeSlotIds).toEqual([slots[0].id, slots[2].id]);
		// a's request to c in slot 2 does not wait on c's page: c booked that slot with d, which declined it
		const cPage = await participantPage(h.db, eventId, acc.c, 'ro');
		expect(cPage?.meetings.some((x) => x.other.personId === pid.a && x.status === 'requested' && x.slot.id === slots[1].id)).toBe(false);
		const outsider = await participantPage(h.db, eventId, acc.x, 'ro');
		expect(outsider?.me).toBeNull();
		const overview = await overviewOf(h.db, eventId);
		expect(overview?.slots).toHaveLength(3);
		expect(overview?.slots[1].meetings.filter((m) => m.status === 'accepted')).toEqual([{ requester: 'Persona D, Org d', invitee: 'Persona C, Org c', status: 'accepted', tableNumber: 1 }]);
	});

	it('writes the agenda as .ics in the event zone with one VEVENT per meeting', async () => {
		const agenda = await agendaOf(h.db, eventId, pid.c);
		const text = agendaIcs('Europe/Chisinau', 'ro', 'Agenda', agenda.map((m) => ({ id: m.id, startsAt: m.slot.startsAt, endsAt: m.slot.endsAt, summary: `Întâlnire: ${m.other.name}`, description: '', location: 'Masa nr. 1', url: null })));
		expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
		expect(text).toContain('DTSTART;TZID=Europe/Chisinau:');
		expect(text).toContain('BEGIN:VTIMEZONE');
		const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Chisinau', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(agenda[0].slot.startsAt).replace(':', '');
		expect(text).toMatch(new RegExp(`DTSTART;TZID=Europe/Chisinau:\\d{8}T${local}00`));
	});

	it('anonymisation clears intros and messages and takes the person off the list', async () => {
		await personReferences().find((r) => r.name === 'brokerage')!.anonymise(h.db, [pid.d]);
		const [row] = await h.db.select({ intro: brokerageParticipants.intro, optedIn: brokerageParticipants.optedIn }).from(brokerageParticipants).where(eq(brokerageParticipants.personId, pid.d));
		expect(row).toEqual({ intro: { lv: '' }, optedIn: false });
	});

	it('an online day gives the day link on acceptance, and refuses a registrant who has not listed themselves', async () => {
		const org = await addTestOrganisation(h.db, 'brok-online');
		const startsAt = new Date(Date.now() + 5 * 24 * HOUR);
		const online = await addTestEvent(h.db, org, { startsAt, online: true, title: { lv: 'Tiešsaistes kontaktbirža' } });
		const input = { opensAt: new Date(Date.now() - HOUR), closesAt: startsAt, mode: 'online' as const, onlineUrl: 'https://meet.example.lv/birza', tableCount: null, plan: { firstStart: startsAt, minutes: 15, count: 2 } };
		expect(await saveBrokerageDay(h.db, { actorUserId: null, eventId: online, eventEndsAt: new Date(startsAt.getTime() + 2 * HOUR), hasDay: false, input })).toEqual({ ok: true });
		for (const k of ['a', 'b']) await takePart(h.db, { personId: pid[k], organisationId: org, activityId: online });
		const [slot] = await listSlots(h.db, online);
		await joinBrokerage(h.db, acc.a, { eventId: online, organisationName: null, intro: 'Sveiki', locale: 'lv', cooperationProfileId: null, optedIn: true });
		expect(await requestMeeting(h.db, acc.a, { eventId: online, inviteeId: pid.b, slotId: slot.id, message: null })).toEqual({ ok: false, reason: 'not_participant' });
		await joinBrokerage(h.db, acc.b, { eventId: online, organisationName: null, intro: 'Labdien', locale: 'lv', cooperationProfileId: null, optedIn: true });
		const r = await requestMeeting(h.db, acc.a, { eventId: online, inviteeId: pid.b, slotId: slot.id, message: null });
		expect(await answerMeeting(h.db, acc.b, { eventId: online, meetingId: r.ok ? r.id! : '', answer: 'accept' })).toEqual({ ok: true });
		expect((await agendaOf(h.db, online, pid.a))[0]).toMatchObject({ onlineUrl: 'https://meet.example.lv/birza', tableNumber: null });
		// once people asked, the slots stay
		expect(await saveBrokerageDay(h.db, { actorUserId: null, eventId: online, eventEndsAt: startsAt, hasDay: true, input })).toEqual({ ok: false, reason: 'slots_locked' });
	});

	it('the migration matches the schema: check constraints and the unique keys that refuse double bookings', async () => {
		const rows = async (q: ReturnType<typeof sql>) => ((await h.db.execute(q)) as unknown as { rows: Record<string, string>[] }).rows;
		const checks = (await rows(sql`select conname from pg_constraint where contype = 'c' and conrelid::regclass::text like 'brokerage_%' order by conname`)).map((r) => r.conname);
		expect(checks).toEqual(['brokerage_days_mode_check', 'brokerage_days_window_check', 'brokerage_meetings_status_check', 'brokerage_meetings_two_people_check', 'brokerage_slots_times_check']);
		const [pk] = await rows(sql`select indexdef from pg_indexes where indexname = 'brokerage_bookings_slot_id_person_id_pk'`);
		expect(pk.indexdef).toMatch(/UNIQUE.*\(slot_id, person_id\)/);
		const [tables] = await rows(sql`select indexdef from pg_indexes where indexname = 'brokerage_meetings_table_uq'`);
		expect(tables.indexdef).toMatch(/WHERE/);
	});
});
