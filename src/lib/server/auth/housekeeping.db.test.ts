import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/client';
import { session, user, verification } from '../db/schema';
import { openTestDb } from '../db/test-db';
import { purgeExpiredSessions } from './sessions-repository';
import { purgeExpiredVerifications } from './verifications-repository';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb();
});
afterAll(async () => h?.close());

const now = new Date('2026-11-23T12:00:00Z');
const hour = 3_600_000;

describe('auth housekeeping', () => {
	it('drops expired sessions and verification tokens, and keeps the ones still valid', async () => {
		await h.db.insert(user).values({ id: 'u-house', name: 'Ilze', email: 'ilze@example.lv' });
		await h.db.insert(session).values([
			{ id: 's-old', token: 't-old', userId: 'u-house', expiresAt: new Date(now.getTime() - hour) },
			{ id: 's-live', token: 't-live', userId: 'u-house', expiresAt: new Date(now.getTime() + hour) }
		]);
		await h.db.insert(verification).values([
			{ id: 'v-old', identifier: 'reset-password:ilze@example.lv', value: 'x', expiresAt: new Date(now.getTime() - 1) },
			{ id: 'v-live', identifier: 'email-verification:ilze@example.lv', value: 'y', expiresAt: new Date(now.getTime() + hour) }
		]);
		await purgeExpiredSessions(h.db, now);
		await purgeExpiredVerifications(h.db, now);
		expect((await h.db.select({ id: session.id }).from(session)).map((r) => r.id)).toEqual(['s-live']);
		expect((await h.db.select({ id: verification.id }).from(verification)).map((r) => r.id)).toEqual(['v-live']);
	});
});
