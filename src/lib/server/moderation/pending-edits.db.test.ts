/**
 * Issue 12, items 1 and 2: a listing that waits for review and the edits made to it are one thing
 * to review; per-language texts merge, never replace each other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { producers, salesPoints, user } from '$lib/server/db/schema';
import { C, T } from '$lib/server/producers/test-fixtures';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { getRevision, listQueue } from './revisions-repository';
import { decide } from './review-flow';
import { submitRevision } from './revisions-flow';
import { revisionView } from './queries';

let h: DbHandle;
beforeAll(async () => {
	h = await openFixtureDb();
	await h.db.insert(user).values([{ id: 'mod-p', name: 'mod', email: 'mod-p@example.lv', emailVerified: true }, { id: 'own-p', name: 'own', email: 'own-p@example.lv', emailVerified: true }]);
});
afterAll(async () => h?.close());

const owner = { userId: 'own-p', email: 'own-p@example.lv', locale: 'lv' };
const HOURS = 'Sa 10:00-14:00';

describe('a new sales point edited while it waits', () => {
	it('folds the edit into the waiting review: approvable, hours shown once, nothing public before approval', async () => {
		const created = await submitRevision(h.db, { entityType: 'sales_point', entityId: null, proposed: { name: 'Ābeļu sēta', kind: 'farm_gate', municipalityId: T.abelu }, author: owner, source: 'owner' });
		const edit = await submitRevision(h.db, { entityType: 'sales_point', entityId: created.entityId, proposed: { openingHours: HOURS }, author: owner, source: 'owner' });
		// the owner is told it waits, not that it is already visible
		expect(edit).toMatchObject({ revisionId: created.revisionId, appliedDirectly: [], pendingFields: ['openingHours'] });
		const queue = (await listQueue(h.db, {}, 100, 0)).filter((q) => q.entityId === created.entityId);
		expect(queue.map((q) => q.id)).toEqual([created.revisionId]);

		const view = await revisionView(h.db, created.revisionId, 'lv');
		expect(view?.approveRefusal).toBeNull();
		expect(view?.rows.find((r) => r.field === 'openingHours')).toMatchObject({ after: HOURS, changed: true });
		// fields nobody filled in are not "changed"
		expect(view?.rows.filter((r) => r.changed).map((r) => r.field)).not.toContain('phone');
		expect(view?.rows.find((r) => r.field === 'phone')?.changed).toBe(false);

		expect(await decide(h.db, { revisionId: created.revisionId, decision: 'approve', reviewerUserId: 'mod-p' })).toEqual({ ok: true });
		const [row] = await h.db.select({ status: salesPoints.status, hours: salesPoints.openingHours }).from(salesPoints).where(eq(salesPoints.id, created.entityId));
		expect(row).toEqual({ status: 'published', hours: HOURS });
	});

	it('an edit answering "request changes" puts the new listing back in the queue', async () => {
		const created = await submitRevision(h.db, { entityType: 'sales_point', entityId: null, proposed: { name: 'Bērzu sēta', kind: 'farm_gate', municipalityId: T.abelu }, author: owner, source: 'owner' });
		await decide(h.db, { revisionId: created.revisionId, decision: 'request_changes', reviewerUserId: 'mod-p', message: 'Lūdzu, norādiet darba laiku' });
		await submitRevision(h.db, { entityType: 'sales_point', entityId: created.entityId, proposed: { openingHours: HOURS }, author: owner, source: 'owner' });
		expect((await getRevision(h.db, created.revisionId))?.status).toBe('pending');
		expect(await decide(h.db, { revisionId: created.revisionId, decision: 'approve', reviewerUserId: 'mod-p' })).toEqual({ ok: true });
	});
});

describe('a published listing with a change waiting', () => {
	let producerId: string;
	beforeAll(async () => {
		const r = await submitRevision(h.db, {
			entityType: 'producer',
			entityId: null,
			proposed: { name: 'Liepu bišu drava', kind: 'farm', description: { lv: 'Liepu medus no Ābeļiem', en: 'Linden honey from Ābeļi' }, municipalityId: T.abelu, categoryIds: [C.honey] },
			author: owner,
			source: 'owner'
		});
		await decide(h.db, { revisionId: r.revisionId, decision: 'approve', reviewerUserId: 'mod-p' });
		producerId = r.entityId;
	});
	const row = async () => (await h.db.select({ description: producers.description, phone: producers.phone, locationPrecision: producers.locationPrecision }).from(producers).where(eq(producers.id, producerId)))[0];

	it('a field the owner changes directly does not make a waiting review of other fields stale', async () => {
		const phone = await submitRevision(h.db, { entityType: 'producer', entityId: producerId, proposed: { phone: '+371 26000000' }, author: owner, source: 'owner' });
		await submitRevision(h.db, { entityType: 'producer', entityId: producerId, proposed: { locationPrecision: 'municipality' }, author: owner, source: 'owner' });
		expect((await revisionView(h.db, phone.revisionId, 'lv'))?.approveRefusal).toBeNull();
		expect(await decide(h.db, { revisionId: phone.revisionId, decision: 'approve', reviewerUserId: 'mod-p' })).toEqual({ ok: true });
		expect(await row()).toMatchObject({ phone: '+371 26000000', locationPrecision: 'municipality' });
	});

	it("an owner's second edit joins their waiting one: one review", async () => {
		const first = await submitRevision(h.db, { entityType: 'producer', entityId: producerId, proposed: { phone: '+371 26111111' }, author: owner, source: 'owner' });
		const second = await submitRevision(h.db, { entityType: 'producer', entityId: producerId, proposed: { website: 'https://liepu-drava.lv' }, author: owner, source: 'owner' });
		expect(second.revisionId).toBe(first.revisionId);
		expect((await getRevision(h.db, first.revisionId))?.proposed).toEqual({ phone: '+371 26111111', website: 'https://liepu-drava.lv' });
		expect(await decide(h.db, { revisionId: first.revisionId, decision: 'approve', reviewerUserId: 'mod-p' })).toEqual({ ok: true });
	});
});
