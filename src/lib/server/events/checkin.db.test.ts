import { authSecret } from '../auth/secret';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { mergePeople } from '../people/flow';
import { addTestOrganisation, addUser } from '../people/test-fixtures';
import { importAttendanceCsv } from './checkin-flow';
import { syncScans } from './checkin-sync';
import { takeSeat } from './registration-flow';
import { eventCounts, findRegistration } from './registrations-repository';
import { addTestEvent, confirmedPerson, request } from './test-fixtures';
import { checkinCode } from './tokens';

let h: DbHandle;
let org: string;
beforeAll(async () => {
	h = await openTestDb();
	org = await addTestOrganisation(h.db, 't-checkin');
	await addUser(h.db, 'staff', 'staff@example.lv');
});
afterAll(async () => h?.close());

async function registered(eventId: string, email: string, guests = 0) {
	const r = await h.db.transaction(async (tx) => takeSeat(tx, await confirmedPerson(tx, email), request(eventId, guests), new Date()));
	if (!r.ok) throw new Error('not registered');
	return r.participationId;
}

const sync = (eventId: string, scans: Parameters<typeof syncScans>[1]['scans']) => syncScans(h.db, { eventId, actorUserId: 'staff', locale: 'lv', scans });

describe('check-in at the door', () => {
	it('a QR code checks the person in; the same queue synced again, or the code scanned again, counts nothing twice', async () => {
		const eventId = await addTestEvent(h.db, org);
		const id = await registered(eventId, 'qr@example.lv', 2);
		const code = checkinCode(id, authSecret());
		const queue = [{ scanId: randomUUID(), code, scannedAt: new Date().toISOString() }];
		const [first] = await sync(eventId, queue);
		expect(first).toMatchObject({ ok: true, already: false, name: 'qr', guests: 2 });
		const [resent] = await sync(eventId, queue); // the answer was lost; the phone sends the batch again
		expect(resent).toMatchObject({ ok: true, already: true });
		const [rescanned] = await sync(eventId, [{ scanId: randomUUID(), code }]);
		expect(rescanned).toMatchObject({ ok: true, already: true });
		expect(await eventCounts(h.db, eventId)).toMatchObject({ attended: 1, attendedPlaces: 3 });
	});

	it('a code of another event or a forged one checks nobody in', async () => {
		const here = await addTestEvent(h.db, org);
		const there = await addTestEvent(h.db, org);
		const elsewhere = await registered(there, 'other@example.lv');
		const [wrongEvent, forged] = await sync(here, [
			{ scanId: randomUUID(), code: checkinCode(elsewhere, authSecret()) },
			{ scanId: randomUUID(), code: `T1.${elsewhere}.AAAAAAAAAAAAAAAA` }
		]);
		expect(wrongEvent).toMatchObject({ ok: false, reason: 'other_event' });
		expect(forged).toMatchObject({ ok: false, reason: 'unknown_code' });
		expect((await findRegistration(h.db, elsewhere))?.attendance).toBe('unknown');
	});

	it('by name, and walk-ins (with or without an address) — a walk-in synced twice is one person', async () => {
		const eventId = await addTestEvent(h.db, org);
		const id = await registered(eventId, 'byname@example.lv');
		const walk = { scanId: randomUUID(), walkIn: { name: 'Pēteris', email: '' } };
		const walkMail = { scanId: randomUUID(), walkIn: { name: 'Inga', email: 'byname@example.lv' } };
		await sync(eventId, [{ scanId: randomUUID(), participationId: id }, walk]);
		await sync(eventId, [walk, walkMail]);
		const counts = await eventCounts(h.db, eventId);
		// Inga gave the address of someone registered: the same person, already in
		expect(counts).toMatchObject({ attended: 2, walkIns: 1, registered: 1 });
	});
});

describe('attendance from an online platform’s export', () => {
	it('marks registrants by e-mail, through merged addresses too, and lists what it could not match', async () => {
		const eventId = await addTestEvent(h.db, org, { online: true, joinUrl: 'https://meet.example/a' });
		await registered(eventId, 'zoom1@example.lv');
		const alias = await confirmedPerson(h.db, 'zoom.alias@example.lv');
		const survivorId = await registered(eventId, 'zoom2@example.lv');
		const survivor = (await findRegistration(h.db, survivorId))!.personId;
		// the alias address took part elsewhere in the organisation, so a coordinator may merge it
		const otherEvent = await addTestEvent(h.db, org);
		await h.db.transaction((tx) => takeSeat(tx, alias, request(otherEvent), new Date()));
		await mergePeople(h.db, { actorUserId: 'staff', organisationId: org, survivorId: survivor, mergedId: alias.id });
		const csv = 'Name (Original Name),User Email,Duration (Minutes)\nA,ZOOM1@example.lv,55\nB,zoom.alias@example.lv,40\nC,stranger@example.lv,12\n';
		const result = await importAttendanceCsv(h.db, eventId, csv);
		expect(result).toEqual({ ok: true, matched: 2, already: 0, unmatched: ['stranger@example.lv'] });
		expect(await importAttendanceCsv(h.db, eventId, csv)).toMatchObject({ matched: 0, already: 2 });
		expect((await eventCounts(h.db, eventId)).attended).toBe(2);
		expect(await importAttendanceCsv(h.db, eventId, 'Name,Minutes\nA,3\n')).toEqual({ ok: false, reason: 'no_email_column' });
	});
});
