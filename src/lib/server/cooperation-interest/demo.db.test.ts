import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { cooperationInterests, cooperationOutcomes, cooperationProfiles } from '../db/schema';
import { seedCooperationInterestDemo } from './demo';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

describe('demo cooperation interests', () => {
	it('the demo seed puts them on the cooperation demo’s published profiles: pending, accepted with a thread, declined, and one signed agreement; re-running adds nothing', async () => {
		const demo = async () =>
			h.db
				.select({ status: cooperationInterests.status, profileStatus: cooperationProfiles.status, profileIsDemo: cooperationProfiles.isDemo })
				.from(cooperationInterests)
				.innerJoin(cooperationProfiles, eq(cooperationProfiles.id, cooperationInterests.profileId))
				.where(eq(cooperationInterests.isDemo, true));
		const rows = await demo();
		expect(rows.map((r) => r.status).sort()).toEqual(['accepted', 'accepted', 'declined', 'pending']);
		expect(rows.every((r) => r.profileStatus === 'published' && r.profileIsDemo)).toBe(true);
		expect(await seedCooperationInterestDemo(h.db)).toBe(4);
		expect(await demo()).toHaveLength(4);
		const agreements = await h.db.select({ kind: cooperationOutcomes.kind }).from(cooperationOutcomes).where(eq(cooperationOutcomes.kind, 'agreement'));
		expect(agreements).toHaveLength(1);
	});
});
