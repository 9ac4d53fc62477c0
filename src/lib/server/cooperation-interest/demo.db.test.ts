import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { cooperationInterests, cooperationOutcomes } from '../db/schema';
import { seedCooperationInterestDemo } from './demo';
import { addProfile, buildWorld } from './test-fixtures';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

describe('demo cooperation interests', () => {
	it('without published demo profiles: nothing', async () => {
		expect(await seedCooperationInterestDemo(h.db)).toBe(0);
	});

	it('on demo profiles: pending, accepted with a thread, declined, and one signed agreement; re-runnable', async () => {
		const w = await buildWorld(h.db, 'demo');
		for (const [i, direction] of (['offer', 'request', 'offer', 'request', 'offer'] as const).entries()) {
			await addProfile(h.db, i % 2 ? { organisationId: w.organisationId } : { producerId: w.producerB }, { direction, isDemo: true, slug: `ci-demo-${i}` });
		}
		expect(await seedCooperationInterestDemo(h.db)).toBe(4);
		expect(await seedCooperationInterestDemo(h.db)).toBe(4);
		const rows = await h.db.select({ status: cooperationInterests.status }).from(cooperationInterests).where(eq(cooperationInterests.isDemo, true));
		expect(rows.map((r) => r.status).sort()).toEqual(['accepted', 'accepted', 'declined', 'pending']);
		const agreements = await h.db.select({ kind: cooperationOutcomes.kind }).from(cooperationOutcomes).where(eq(cooperationOutcomes.kind, 'agreement'));
		expect(agreements).toHaveLength(1);
	});
});
