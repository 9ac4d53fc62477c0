import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DbHandle } from '$lib/server/db/client';
import { auditLog, jobs, mailOutbox, producerCategories, producers, products, salesPoints, user } from '$lib/server/db/schema';
import { C, T } from '$lib/server/producers/test-fixtures';
import { openFixtureDb } from '$lib/server/producers/test-db';
import { getRevision, listQueue } from './revisions-repository';
import { decide, DecisionMessageError } from './review-flow';
import { NothingChangedError, submitRevision } from './revisions-flow';
import { DraftValidationError } from './drafts';

let h: DbHandle;
beforeAll(async () => {
	h = await openFixtureDb();
	await h.db.insert(user).values(['mod-1', 'mod-2'].map((id) => ({ id, name: id, email: `${id}@example.lv`, emailVerified: true })));
});
afterAll(async () => h?.close());

const owner = (email: string, locale = 'lv') => ({ userId: null, email, locale });
const newProducer = (name: string, extra: Record<string, unknown> = {}) => ({
	name,
	kind: 'farm',
	description: { lv: `${name} ražo medu` },
	municipalityId: T.abelu,
	categoryIds: [C.honey],
	...extra
});
const mailsTo = (to: string) => h.db.select({ subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, to));
const producerRow = async (id: string) =>
	(await h.db.select({ name: producers.name, status: producers.status, version: producers.version, phone: producers.phone }).from(producers).where(eq(producers.id, id)))[0];

describe('a new listing', () => {
	it('waits unpublished until a moderator approves it, then is published, reindexed, audited and the author is mailed', async () => {
		const r = await submitRevision(h.db, { entityType: 'producer', entityId: null, proposed: newProducer('Jaunā Bišu sēta'), author: owner('jauna@example.lv', 'en'), source: 'owner' });
		expect(r.pendingFields).toContain('name');
		expect(await producerRow(r.entityId)).toMatchObject({ status: 'pending', version: 1 });
		expect(await h.db.select({ c: producerCategories.categoryId }).from(producerCategories).where(eq(producerCategories.producerId, r.entityId))).toEqual([{ c: C.honey }]);
		expect((await listQueue(h.db, {}, 50, 0)).map((q) => q.id)).toContain(r.revisionId);

		expect(await decide(h.db, { revisionId: r.revisionId, decision: 'approve', reviewerUserId: 'mod-1' })).toEqual({ ok: true });
		expect(await producerRow(r.entityId)).toMatchObject({ status: 'published', version: 2 });
		expect((await getRevision(h.db, r.revisionId))?.status).toBe('published');
		const [mail] = await mailsTo('jauna@example.lv');
		expect(mail.subject).toBe('Published: Jaunā Bišu sēta'); // the author's language
		expect(mail.text).toMatch(/\/en\/razotaji\/jauna-bisu-seta/);
		const reindex = await h.db.select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, 'moderation.reindex'));
		expect(reindex.map((j) => j.payload)).toContainEqual({ entityType: 'producer', id: r.entityId });
		const audit = await h.db.select({ action: auditLog.action, actor: auditLog.actorUserId }).from(auditLog).where(eq(auditLog.entityId, r.entityId));
		expect(audit).toContainEqual({ action: 'moderation.approve', actor: 'mod-1' });
	});

	it('refuses an invalid draft with field names', async () => {
		await expect(submitRevision(h.db, { entityType: 'producer', entityId: null, proposed: { name: 'X' }, author: owner('x@example.lv'), source: 'owner' })).rejects.toThrow(DraftValidationError);
	});

	it('a rejected new listing needs a reason, stays unpublished and the author learns why', async () => {
		const r = await submitRevision(h.db, { entityType: 'producer', entityId: null, proposed: newProducer('Noraidāmais'), author: owner('noraid@example.lv'), source: 'owner' });
		await expect(decide(h.db, { revisionId: r.revisionId, decision: 'reject', reviewerUserId: 'mod-1', message: ' ' })).rejects.toThrow(DecisionMessageError);
		expect(await decide(h.db, { revisionId: r.revisionId, decision: 'reject', reviewerUserId: 'mod-1', message: 'Nav mājražotājs' })).toEqual({ ok: true });
		expect((await producerRow(r.entityId)).status).toBe('rejected');
		const [mail] = await mailsTo('noraid@example.lv');
		expect(mail.subject).toBe('Netika publicēts: Noraidāmais');
		expect(mail.text).toContain('Nav mājražotājs');
	});

	it('a new product has no row (so it is not public) until approved', async () => {
		const [producer] = await h.db.select({ id: producers.id }).from(producers).where(eq(producers.status, 'published')).limit(1);
		const r = await submitRevision(h.db, {
			entityType: 'product',
			entityId: null,
			proposed: { producerId: producer.id, name: { lv: 'Griķu medus' }, categoryId: C.honey, priceCents: 900 },
			author: owner('prod@example.lv'),
			source: 'owner'
		});
		expect(await h.db.select({ id: products.id }).from(products).where(eq(products.id, r.entityId))).toEqual([]);
		expect(await decide(h.db, { revisionId: r.revisionId, decision: 'approve', reviewerUserId: 'mod-1' })).toEqual({ ok: true });
		expect(await h.db.select({ price: products.priceCents }).from(products).where(eq(products.id, r.entityId))).toEqual([{ price: 900 }]);
	});
});

describe('changes to a published listing', () => {
	let producerId: string;
	beforeAll(async () => {
		const r = await submitRevision(h.db, { entityType: 'producer', entityId: null, proposed: newProducer('Ozolu saimniecība'), author: owner('ozols@example.lv'), source: 'owner' });
		await decide(h.db, { revisionId: r.revisionId, decision: 'approve', reviewerUserId: 'mod-1' });
		producerId = r.entityId;
	});

	it('keeps published content until approval and stores only what changed', async () => {
		const r = await submitRevision(h.db, { entityType: 'producer', entityId: producerId, proposed: { name: 'Ozolu saimniecība', phone: '+371 29999999' }, author: owner('ozols@example.lv'), source: 'owner' });
		expect(r.pendingFields).toEqual(['phone']);
		expect((await producerRow(producerId)).phone).toBeNull();
		expect((await getRevision(h.db, r.revisionId))?.proposed).toEqual({ phone: '+371 29999999' });
		await expect(submitRevision(h.db, { entityType: 'producer', entityId: producerId, proposed: { name: 'Ozolu saimniecība' }, author: owner('o@example.lv'), source: 'owner' })).rejects.toThrow(NothingChangedError);
		await decide(h.db, { revisionId: r.revisionId, decision: 'archive', reviewerUserId: 'mod-1' });
	});

	it('refuses approving a revision whose base was changed by another approval, and a second decision', async () => {
		const base = (await producerRow(producerId)).version;
		const older = await submitRevision(h.db, { entityType: 'producer', entityId: producerId, proposed: { phone: '+371 21111111' }, author: owner('a@example.lv'), source: 'suggestion' });
		const newer = await submitRevision(h.db, { entityType: 'producer', entityId: producerId, proposed: { phone: '+371 22222222' }, author: owner('b@example.lv'), source: 'owner' });
		expect(await decide(h.db, { revisionId: newer.revisionId, decision: 'approve', reviewerUserId: 'mod-1' })).toEqual({ ok: true });
		expect(await producerRow(producerId)).toMatchObject({ phone: '+371 22222222', version: base + 1 });

		expect(await decide(h.db, { revisionId: older.revisionId, decision: 'approve', reviewerUserId: 'mod-2' })).toEqual({ ok: false, refusal: 'stale' });
		expect(await producerRow(producerId)).toMatchObject({ phone: '+371 22222222', version: base + 1 });
		expect((await getRevision(h.db, older.revisionId))?.status).toBe('pending');
		expect(await decide(h.db, { revisionId: newer.revisionId, decision: 'reject', reviewerUserId: 'mod-2', message: 'x' })).toEqual({ ok: false, refusal: 'not_pending' });
		// an outdated revision can still be sent back
		expect(await decide(h.db, { revisionId: older.revisionId, decision: 'request_changes', reviewerUserId: 'mod-2', message: 'Lūdzu, pārbaudiet tālruni' })).toEqual({ ok: true });
		expect((await mailsTo('a@example.lv'))[0].text).toContain('Lūdzu, pārbaudiet tālruni');
	});

	it('applies opening hours at once for the owner and queues the rest against the new version', async () => {
		const sp = await submitRevision(h.db, {
			entityType: 'sales_point',
			entityId: null,
			proposed: { name: 'Ozolu tirdziņš', kind: 'market', municipalityId: T.abelu },
			author: owner('tirgus@example.lv'),
			source: 'moderator'
		});
		await decide(h.db, { revisionId: sp.revisionId, decision: 'approve', reviewerUserId: 'mod-1' });
		const hours = 'Sa 08:00-13:00';
		const r = await submitRevision(h.db, { entityType: 'sales_point', entityId: sp.entityId, proposed: { openingHours: hours, name: 'Ozolu tirgus' }, author: owner('tirgus@example.lv'), source: 'owner' });
		expect(r).toMatchObject({ appliedDirectly: ['openingHours'], pendingFields: ['name'] });
		const [row] = await h.db.select({ hours: salesPoints.openingHours, name: salesPoints.name, version: salesPoints.version }).from(salesPoints).where(eq(salesPoints.id, sp.entityId));
		expect(row).toEqual({ hours, name: 'Ozolu tirdziņš', version: 3 });
		expect((await getRevision(h.db, r.revisionId))?.baseVersion).toBe(3);
		expect(await decide(h.db, { revisionId: r.revisionId, decision: 'approve', reviewerUserId: 'mod-1' })).toEqual({ ok: true });
		const [after] = await h.db.select({ name: salesPoints.name, sortKey: salesPoints.sortKey }).from(salesPoints).where(eq(salesPoints.id, sp.entityId));
		expect(after.name).toBe('Ozolu tirgus');
		expect(after.sortKey).not.toBe('');
	});
});

describe('the queue', () => {
	it('limits a territory editor to their municipalities, oldest first', async () => {
		const a = await submitRevision(h.db, { entityType: 'producer', entityId: null, proposed: newProducer('Kalnu medus', { municipalityId: T.kalnu }), author: owner('k@example.lv'), source: 'owner' });
		const inKalnu = await listQueue(h.db, { withinMunicipalities: [T.kalnu] }, 50, 0);
		expect(inKalnu.map((q) => q.id)).toEqual([a.revisionId]);
		expect(await listQueue(h.db, { withinMunicipalities: [] }, 50, 0)).toEqual([]);
		const all = await listQueue(h.db, {}, 50, 0);
		const times = all.map((q) => q.queuedAt!.getTime());
		expect(times).toEqual([...times].sort((x, y) => x - y));
		expect(all.every((q) => q.status === 'pending')).toBe(true);
	});

	it('does not hold decided revisions', async () => {
		const decided = await h.db.select({ id: producers.id }).from(producers).where(and(eq(producers.name, 'Noraidāmais')));
		expect(decided).toHaveLength(1);
		const queue = await listQueue(h.db, {}, 100, 0);
		expect(queue.some((q) => q.entityId === decided[0].id)).toBe(false);
	});
});
