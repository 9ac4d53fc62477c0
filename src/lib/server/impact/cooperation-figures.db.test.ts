import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { cooperationInterests, cooperationOutcomes, organisationProducers, projects } from '../db/schema';
import { addProfile, buildWorld, type World } from '../cooperation-interest/test-fixtures';
import { buildImpactReport } from './build';
import { drillDown } from './drill';

let h: DbHandle;
let w: World;

async function acceptedInterest(profileId: string, outcomes: [kind: 'meeting' | 'agreement' | 'first_order', day: string][]) {
	const [i] = await h.db
		.insert(cooperationInterests)
		.values({ profileId, fromUserId: w.principals.sender.userId, fromName: 'Agro Nord SRL', message: 'x', status: 'accepted' })
		.returning({ id: cooperationInterests.id });
	for (const [kind, happenedOn] of outcomes) await h.db.insert(cooperationOutcomes).values({ interestId: i.id, kind, happenedOn });
}

beforeAll(async () => {
	h = await openTestDb({ seed: true });
	w = await buildWorld(h.db, 'impact');
	// producer A is linked to the organisation, producer B is not
	await h.db.insert(organisationProducers).values({ organisationId: w.organisationId, producerId: w.producerA }).onConflictDoNothing();
	await h.db.delete(organisationProducers).where(and(eq(organisationProducers.organisationId, w.organisationId), eq(organisationProducers.producerId, w.producerB)));
	const own = await addProfile(h.db, { organisationId: w.organisationId });
	const linked = await addProfile(h.db, { producerId: w.producerA });
	const outside = await addProfile(h.db, { producerId: w.producerB });
	await acceptedInterest(own.id, [['agreement', '2026-03-10']]);
	await acceptedInterest(linked.id, [['meeting', '2026-03-05'], ['agreement', '2026-03-31'], ['first_order', '2026-04-01']]);
	await acceptedInterest(outside.id, [['meeting', '2026-03-06'], ['agreement', '2026-03-07']]);
});
afterAll(async () => h?.close());

describe('cooperation in the impact report', () => {
	it('counts each outcome once: the organisation’s own profiles and its linked producers’, on the period’s days', async () => {
		const r = await buildImpactReport(h.db, { kind: 'organisation', id: w.organisationId }, { from: '2026-03-01', to: '2026-03-31' }, 'lv');
		expect(r.cooperation).toEqual({ meetings: 1, agreements: 2, firstOrders: 0 });
		const all = await buildImpactReport(h.db, { kind: 'organisation', id: w.organisationId }, { from: null, to: null }, 'lv');
		expect(all.cooperation).toEqual({ meetings: 1, agreements: 2, firstOrders: 1 });
	});

	it('each figure’s records are the outcomes it counts', async () => {
		const scope = { kind: 'organisation' as const, id: w.organisationId };
		const { resolveScope } = await import('./scope-queries');
		const resolved = (await resolveScope(h.db, scope, 'lv'))!;
		const period = { from: '2026-03-01', to: '2026-03-31' };
		const agreements = await drillDown(h.db, resolved, period, 'cooperation.agreements', 1, 'lv');
		expect(agreements.total).toBe(2);
		expect(agreements.rows.map((r) => (r.kind === 'cooperation' ? r.happenedOn : null))).toEqual(['2026-03-31', '2026-03-10']);
		expect((await drillDown(h.db, resolved, period, 'cooperation.first-orders', 1, 'lv')).total).toBe(0);
		expect(JSON.stringify(agreements)).not.toMatch(/kontakts|Agro Nord/);
	});

	it('a project counts its organisation’s, and the report carries no contact', async () => {
		const [p] = await h.db.select({ id: projects.id }).from(projects).where(eq(projects.organisationId, w.organisationId)).limit(1);
		if (!p) return; // the seeded organisation runs no project
		const r = await buildImpactReport(h.db, { kind: 'project', id: p.id }, { from: '2026-03-01', to: '2026-03-31' }, 'lv');
		expect(r.cooperation).toEqual({ meetings: 1, agreements: 2, firstOrders: 0 });
		expect(JSON.stringify(r)).not.toMatch(/profils\.kontakts|sutitajs\.kontakts|2911 0001/);
	});
});
