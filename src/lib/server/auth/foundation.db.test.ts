import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { verifyPassword } from 'better-auth/crypto';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { account, jobs, mailOutbox, organisations, organisationTerritories, territories, userRoles } from '../db/schema';
import { enqueueJob } from '../jobs/queue';
import { registerJobHandler } from '../jobs/registry';
import { claimJob } from '../jobs/jobs-repository';
import { startWorker } from '../jobs/worker';
import { enqueueMail } from '../mail/outbox';
import { consumeRateLimit } from '../rate-limit/rate-limit';
import { listAudit, recordAudit } from '../audit/audit-repository';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/users';
import { loadPrincipal } from './principal';

let h: DbHandle;
const ran: unknown[] = [];
registerJobHandler('test.record', async (_db, payload) => {
	ran.push(payload);
});
registerJobHandler('test.fail', async () => {
	throw new Error('boom');
});

beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => {
	await h?.close();
});

describe('jobs', () => {
	it('runs enqueued jobs once, skips a pending duplicate by dedupe key, retries failures later', async () => {
		await enqueueJob(h.db, 'test.record', { n: 1 }, { dedupeKey: 'k1' });
		await enqueueJob(h.db, 'test.record', { n: 2 }, { dedupeKey: 'k1' });
		await enqueueJob(h.db, 'test.fail', {});
		await enqueueJob(h.db, 'test.record', { n: 3 }, { runAt: new Date(Date.now() + 3_600_000) });
		const worker = startWorker(h.db, { pollMs: 60_000 });
		await worker.drain();
		await worker.stop();
		expect(ran).toEqual([{ n: 1 }]);
		const failed = await h.db.select({ state: jobs.state, attempts: jobs.attempts, lastError: jobs.lastError, runAt: jobs.runAt }).from(jobs).where(eq(jobs.kind, 'test.fail'));
		expect(failed[0].state).toBe('pending');
		expect(failed[0].attempts).toBe(1);
		expect(failed[0].lastError).toContain('boom');
		expect(failed[0].runAt.getTime()).toBeGreaterThan(Date.now());
	});

	it('two claims never get the same job', async () => {
		await enqueueJob(h.db, 'test.record', { n: 4 });
		const [a, b] = await Promise.all([claimJob(h.db, 'w1'), claimJob(h.db, 'w2')]);
		expect([a, b].filter(Boolean)).toHaveLength(1);
	});
});

describe('mail outbox', () => {
	it('without SMTP_URL a mail is delivered to the dev outbox by the worker', async () => {
		await h.db.transaction(async (tx) => enqueueMail(tx, { to: 'someone@example.lv', subject: 'Sveiki', text: 'Teksts' }));
		const worker = startWorker(h.db, { pollMs: 60_000 });
		await worker.drain();
		await worker.stop();
		const [row] = await h.db.select({ status: mailOutbox.status, sentAt: mailOutbox.sentAt }).from(mailOutbox).where(eq(mailOutbox.to, 'someone@example.lv'));
		expect(row.status).toBe('dev_outbox');
		expect(row.sentAt).toBeInstanceOf(Date);
	});
});

describe('rate limits in the database', () => {
	it('allows `limit` events per window, then tells how long to wait', async () => {
		const rule = { key: `t:${Math.random()}`, limit: 3, windowSeconds: 60 };
		const results = [];
		for (let i = 0; i < 4; i++) results.push(await consumeRateLimit(h.db, rule));
		expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
		expect(results[3].retryAfterSeconds).toBeGreaterThan(0);
		expect(results[3].retryAfterSeconds).toBeLessThanOrEqual(60);
		expect((await consumeRateLimit(h.db, { ...rule, key: `${rule.key}:other` })).allowed).toBe(true);
	});
});

describe('audit log', () => {
	it('records entries and filters them by actor, action and entity', async () => {
		await recordAudit(h.db, { actorUserId: 'demo-admin', action: 'role.grant', entityType: 'user', entityId: 'demo-biedrs', details: { role: 'moderator' } });
		await recordAudit(h.db, { actorUserId: null, action: 'system.cleanup', entityType: 'jobs', entityId: null });
		const byActor = await listAudit(h.db, { actor: 'demo-admin' }, { limit: 10, offset: 0 });
		expect(byActor.rows.map((r) => [r.action, r.actorEmail, r.details])).toEqual([['role.grant', 'admin@demo.tuvuma.lv', { role: 'moderator' }]]);
		expect((await listAudit(h.db, { entityType: 'jobs' }, { limit: 10, offset: 0 })).total).toBe(1);
	});
});

describe('demo users and principals', () => {
	it('every demo account has the demo password and its role', async () => {
		const [acc] = await h.db.select({ password: account.password }).from(account).where(eq(account.userId, 'demo-admin'));
		expect(await verifyPassword({ hash: acc.password!, password: DEMO_PASSWORD })).toBe(true);
		for (const u of DEMO_USERS) {
			const p = await loadPrincipal(h.db, { id: u.id, email: u.email, emailVerified: true });
			expect(p.roles).toContain(u.role);
			// workspace staff (decision 006): the demo coordinators and editors of their organisations
			expect(p.memberships.map((mb) => [mb.slug, mb.role])).toEqual((u.staff ?? []).map((s) => [s.organisationSlug, s.role]));
		}
	});

	it('the producer owns kalnmuizas; the territory editor covers the municipalities of Lielupe (regions expanded)', async () => {
		const producer = await loadPrincipal(h.db, { id: 'demo-kalnmuiza', email: 'kalnmuiza@demo.tuvuma.lv', emailVerified: true });
		expect(producer.producerIds).toHaveLength(1);
		const editor = await loadPrincipal(h.db, { id: 'demo-lielupe', email: 'lielupe@demo.tuvuma.lv', emailVerified: true });
		const [jelgavas] = await h.db.select({ id: territories.id }).from(territories).where(eq(territories.slug, 'jelgavas-novads'));
		expect(editor.territoryIds).toEqual([String(jelgavas.id)]);

		// an organisation covering a whole planning region reaches each of its municipalities
		const [region] = await h.db.select({ id: territories.id }).from(territories).where(eq(territories.kind, 'planning_region')).limit(1);
		const [lielupe] = await h.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, 'lauku-partneriba-lielupe'));
		await h.db.insert(organisationTerritories).values({ organisationId: lielupe.id, territoryId: region.id });
		const wider = await loadPrincipal(h.db, { id: 'demo-lielupe', email: 'lielupe@demo.tuvuma.lv', emailVerified: true });
		const inRegion = await h.db.select({ id: territories.id }).from(territories).where(eq(territories.parentId, region.id));
		expect(wider.territoryIds.length).toBeGreaterThan(1);
		expect(inRegion.some((t) => wider.territoryIds.includes(String(t.id)))).toBe(true);
		await h.db.delete(organisationTerritories).where(eq(organisationTerritories.territoryId, region.id));
	});

	it('a user without role rows is a member', async () => {
		await h.db.delete(userRoles).where(eq(userRoles.userId, 'demo-biedrs'));
		const p = await loadPrincipal(h.db, { id: 'demo-biedrs', email: 'biedrs@demo.tuvuma.lv', emailVerified: true });
		expect(p.roles).toEqual(['member']);
	});
});
