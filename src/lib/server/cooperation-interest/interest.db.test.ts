import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { cooperationInterests, cooperationOutcomes } from '../db/schema';
import { mailsTo } from '../events/test-fixtures';
import { expressInterest, interestFormContext } from './express-flow';
import { inbox, interestView } from './queries';
import { decideInterest, postMessage, recordOutcome, withdrawInterest } from './thread-flow';
import { addProfile, buildWorld, interestInput, type World } from './test-fixtures';

let h: DbHandle;
let w: World;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
	w = await buildWorld(h.db, 'flow');
});
afterAll(async () => h?.close());

describe('express interest', () => {
	it('refuses an unpublished or expired profile, one’s own profile, a second open interest and a foreign on-behalf profile', async () => {
		const draft = await addProfile(h.db, { producerId: w.producerA }, { status: 'pending' });
		const expired = await addProfile(h.db, { producerId: w.producerA }, { expiresAt: new Date(Date.now() - 1000) });
		const open = await addProfile(h.db, { producerId: w.producerA });
		const foreign = await addProfile(h.db, { producerId: w.producerB });
		const send = (slug: string, who = w.principals.sender, x = {}) => expressInterest(h.db, { principal: who, slug, input: interestInput(x), locale: 'ru' });
		expect(await send(draft.slug)).toEqual({ ok: false, reason: 'not_published' });
		expect(await send(expired.slug)).toEqual({ ok: false, reason: 'not_published' });
		expect(await send('nav-tada')).toEqual({ ok: false, reason: 'not_found' });
		expect(await send(open.slug, w.principals.ownerA)).toEqual({ ok: false, reason: 'own_profile' });
		expect(await send(open.slug, w.principals.sender, { fromProfileId: foreign.id })).toEqual({ ok: false, reason: 'bad_on_behalf' });
		const first = await send(open.slug);
		expect(first.ok).toBe(true);
		expect(await send(open.slug)).toEqual({ ok: false, reason: 'already_open' });
		const ctx = await interestFormContext(h.db, w.principals.sender, open.slug, 'lv');
		expect(ctx?.openId).toBe(first.ok ? first.id : null);
		// two sends at the same moment: one interest, the other told it is already open (not a failure)
		const raced = await addProfile(h.db, { producerId: w.producerA });
		const both = await Promise.all([send(raced.slug), send(raced.slug)]);
		expect(both.filter((r) => r.ok)).toHaveLength(1);
		expect(both.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'already_open' }]);
		// the owner may speak for their own published profile
		const mine = await addProfile(h.db, { producerId: w.producerB }, { direction: 'request' });
		expect((await send(open.slug, w.principals.ownerB, { fromProfileId: mine.id })).ok).toBe(true);
	});

	it('mails the producer’s owners, or an organisation’s coordinators (not its editors), in the same transaction', async () => {
		const orgProfile = await addProfile(h.db, { organisationId: w.organisationId });
		const r = await expressInterest(h.db, { principal: w.principals.sender, slug: orgProfile.slug, input: interestInput(), locale: 'ru' });
		expect(r.ok).toBe(true);
		const toCoordinator = await mailsTo(h.db, w.principals.coordinator.email);
		expect(toCoordinator.some((m) => m.text.includes('Agro Nord SRL'))).toBe(true);
		expect(toCoordinator.every((m) => !m.text.includes('sutitajs.kontakts'))).toBe(true);
		expect(await mailsTo(h.db, w.principals.editor.email)).toHaveLength(0);
	});
});

describe('decide, thread, outcomes', () => {
	it('walks pending → accepted → messages → outcomes; only the right side may act', async () => {
		const p = await addProfile(h.db, { producerId: w.producerA });
		const r = await expressInterest(h.db, { principal: w.principals.sender, slug: p.slug, input: interestInput(), locale: 'ru' });
		if (!r.ok) throw new Error(r.reason);
		const id = r.id;
		expect(await decideInterest(h.db, { principal: w.principals.sender, id, accept: true })).toEqual({ ok: false, reason: 'not_allowed' });
		expect(await decideInterest(h.db, { principal: w.principals.admin, id, accept: true })).toEqual({ ok: false, reason: 'not_found' });
		expect(await postMessage(h.db, { principal: w.principals.sender, id, body: 'Sveiki' })).toEqual({ ok: false, reason: 'not_accepted' });
		expect(await decideInterest(h.db, { principal: w.principals.ownerA, id, accept: true })).toEqual({ ok: true });
		expect(await decideInterest(h.db, { principal: w.principals.ownerA, id, accept: false })).toEqual({ ok: false, reason: 'not_pending' });
		expect((await mailsTo(h.db, w.principals.sender.email)).some((m) => m.subject.startsWith('Ответ'))).toBe(true);

		expect(await postMessage(h.db, { principal: w.principals.sender, id, body: 'Здравствуйте!' })).toEqual({ ok: true });
		expect(await postMessage(h.db, { principal: w.principals.ownerA, id, body: 'Labdien!' })).toEqual({ ok: true });
		expect(await postMessage(h.db, { principal: w.principals.ownerB, id, body: 'x' })).toEqual({ ok: false, reason: 'not_found' });
		const v = await interestView(h.db, w.principals.ownerA, id, 'lv');
		expect(v?.messages.map((m) => [m.mine, m.body])).toEqual([
			[false, 'Здравствуйте!'],
			[true, 'Labdien!']
		]);
		expect((await mailsTo(h.db, w.principals.ownerA.email)).filter((m) => m.subject.startsWith('Jauna ziņa'))).toHaveLength(1);

		expect(await recordOutcome(h.db, { principal: w.principals.sender, id, outcome: { kind: 'meeting', happenedOn: '2026-05-04', note: null } })).toEqual({ ok: true });
		expect(await recordOutcome(h.db, { principal: w.principals.ownerA, id, outcome: { kind: 'meeting', happenedOn: '2026-05-05', note: 'Rīgā' } })).toEqual({ ok: true });
		const rows = await h.db.select({ kind: cooperationOutcomes.kind, on: cooperationOutcomes.happenedOn }).from(cooperationOutcomes).where(eq(cooperationOutcomes.interestId, id));
		expect(rows).toEqual([{ kind: 'meeting', on: '2026-05-05' }]);

		expect(await withdrawInterest(h.db, { principal: w.principals.ownerA, id })).toEqual({ ok: false, reason: 'not_allowed' });
		expect(await withdrawInterest(h.db, { principal: w.principals.sender, id })).toEqual({ ok: true });
		const [row] = await h.db.select({ status: cooperationInterests.status }).from(cooperationInterests).where(eq(cooperationInterests.id, id));
		expect(row.status).toBe('withdrawn');
	});

	it('the inbox lists received and sent interests', async () => {
		const senderBox = await inbox(h.db, w.principals.sender, 'lv');
		expect(senderBox.sent.length).toBeGreaterThan(0);
		expect(senderBox.received).toHaveLength(0);
		const ownerBox = await inbox(h.db, w.principals.ownerA, 'lv');
		expect(ownerBox.received.some((r) => r.counterpart === 'Agro Nord SRL')).toBe(true);
		const coordinatorBox = await inbox(h.db, w.principals.coordinator, 'lv');
		expect(coordinatorBox.received.length).toBeGreaterThan(0);
		expect((await inbox(h.db, w.principals.stranger, 'lv')).received).toHaveLength(0);
	});
});
