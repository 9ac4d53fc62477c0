import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { beginSignInAttempt, SIGN_IN_RULES, signInSucceeded } from './throttle';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb();
});
afterAll(async () => {
	await h?.close();
});

describe('sign-in throttle', () => {
	it('lets exactly the limit of 40 concurrent attempts through to the password check', async () => {
		const email = 'target@example.lv';
		// on PostgreSQL these run on ten connections at once; every attempt is counted before any password is looked at
		const waits = await Promise.all(Array.from({ length: 40 }, (_, i) => beginSignInAttempt(h.db, email, `198.51.100.${i}`)));
		expect(waits.filter((w) => w === 0)).toHaveLength(SIGN_IN_RULES.perEmail(email).limit);
		expect(Math.min(...waits.filter((w) => w > 0))).toBeGreaterThan(0);
	});

	it('counts per client address too, and a right password gives the attempt back', async () => {
		const ip = '203.0.113.50';
		const limit = SIGN_IN_RULES.perIp(ip).limit;
		for (let i = 0; i < limit - 1; i++) expect(await beginSignInAttempt(h.db, `user${i}@example.lv`, ip)).toBe(0);
		// the last allowed attempt is a success: it is refunded, so the client may still try once more
		expect(await beginSignInAttempt(h.db, 'right@example.lv', ip)).toBe(0);
		await signInSucceeded(h.db, 'right@example.lv', ip);
		expect(await beginSignInAttempt(h.db, 'another@example.lv', ip)).toBe(0);
		expect(await beginSignInAttempt(h.db, 'yet-another@example.lv', ip)).toBeGreaterThan(0);
	});

	it('a successful sign-in clears the failures of that address', async () => {
		const email = 'forgetful@example.lv';
		for (let i = 0; i < 4; i++) await beginSignInAttempt(h.db, email, '192.0.2.1');
		await signInSucceeded(h.db, email, '192.0.2.1');
		for (let i = 0; i < 5; i++) expect(await beginSignInAttempt(h.db, email, '192.0.2.1')).toBe(0);
		expect(await beginSignInAttempt(h.db, email, '192.0.2.1')).toBeGreaterThan(0);
	});
});
