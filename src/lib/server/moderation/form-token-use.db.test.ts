import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { signFormStart } from './form-guard';
import { spendFormToken } from './form-token-use';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb();
});
afterAll(async () => {
	await h?.close();
});

describe('anti-spam form token', () => {
	it('is spent once: the same token again, even concurrently, is refused; another form’s token is not', async () => {
		const token = signFormStart(new Date(), 's'.repeat(40));
		const spent = await Promise.all([spendFormToken(h.db, token), spendFormToken(h.db, token), spendFormToken(h.db, token)]);
		expect(spent.filter(Boolean)).toHaveLength(1);
		expect(await spendFormToken(h.db, token)).toBe(false);
		expect(await spendFormToken(h.db, signFormStart(new Date(), 's'.repeat(40)))).toBe(true);
	});
});
