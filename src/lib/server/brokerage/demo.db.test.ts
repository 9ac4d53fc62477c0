import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { seedUuid } from '../seed/prng';
import { overviewOf } from './queries';
import { seedBrokerageDemo } from './demo';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => h?.close());

describe('the demo brokerage day', () => {
	it('is on the Bălți visit with listed participants and booked tables, and seeds again', async () => {
		const overview = await overviewOf(h.db, seedUuid('event:demo-moldova-visit'));
		expect(overview?.day.mode).toBe('tables');
		expect(overview?.participants).toBe(5);
		expect(overview?.slots).toHaveLength(6);
		expect(overview?.slots.flatMap((s) => s.meetings).filter((m) => m.status === 'accepted')).toHaveLength(3);
		expect(await seedBrokerageDemo(h.db)).toEqual({ meetings: 4 });
	});
});
