import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { cooperationInterests, cooperationMessages, cooperationOutcomes } from '../db/schema';
import { deleteAccount } from '../auth/account-deletion';
import { collectPersonalData } from '../auth/personal-data';
import { expressInterest } from './express-flow';
import { decideInterest, postMessage, recordOutcome } from './thread-flow';
import { addProfile, buildWorld, interestInput, SENDER_CONTACT, type World } from './test-fixtures';

let h: DbHandle;
let w: World;
let id: string;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	w = await buildWorld(h.db, 'gdpr');
	const p = await addProfile(h.db, { producerId: w.producerA });
	const r = await expressInterest(h.db, { principal: w.principals.sender, slug: p.slug, input: interestInput(), locale: 'ru' });
	if (!r.ok) throw new Error(r.reason);
	id = r.id;
	await decideInterest(h.db, { principal: w.principals.ownerA, id, accept: true });
	await postMessage(h.db, { principal: w.principals.sender, id, body: 'Mana ziņa' });
	await postMessage(h.db, { principal: w.principals.ownerA, id, body: 'Atbilde' });
	await recordOutcome(h.db, { principal: w.principals.sender, id, outcome: { kind: 'agreement', happenedOn: '2026-03-01', note: null } });
});
afterAll(async () => h?.close());

describe('personal data of cooperation interests', () => {
	it('the download lists the interests sent, with their contacts, and the messages written', async () => {
		const data = await collectPersonalData(h.db, w.principals.sender.userId);
		expect(JSON.stringify(data.cooperationInterestsSent)).toContain(SENDER_CONTACT.email);
		expect(JSON.stringify(data.cooperationMessagesWritten)).toContain('Mana ziņa');
	});

	it('erasure clears the sender’s name, reason, contacts and messages, keeps the counted outcome', async () => {
		await deleteAccount(h.db, w.principals.sender.userId);
		const [i] = await h.db.select().from(cooperationInterests).where(eq(cooperationInterests.id, id));
		expect([i.fromName, i.message, i.contactEmail, i.contactPhone, i.status]).toEqual(['', '', null, null, 'withdrawn']);
		const bodies = await h.db.select({ body: cooperationMessages.body }).from(cooperationMessages).where(eq(cooperationMessages.interestId, id));
		expect(bodies.map((b) => b.body)).toEqual(['Atbilde']);
		const outcomes = await h.db.select({ by: cooperationOutcomes.recordedByUserId }).from(cooperationOutcomes).where(eq(cooperationOutcomes.interestId, id));
		expect(outcomes).toEqual([{ by: null }]);
	});
});
