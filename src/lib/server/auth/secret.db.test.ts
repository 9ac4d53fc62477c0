import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { signJWT } from 'better-auth/crypto';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { user } from '../db/schema';
import { createAuth } from './better-auth';
import { resolveAuthSecret } from './secret';
import { checkFormStart, signFormStart } from '../moderation/form-guard';

/** The secret every installation used to share when AUTH_SECRET was unset: it is in the repository's history. */
const OLD_DEV_SECRET = 'tuvuma-development-secret-not-for-production-use';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => {
	await h?.close();
});

const noSecret = { AUTH_SECRET: undefined, DATABASE_URL: undefined, dataDir: '/nonexistent' };

describe('no known signing secret', () => {
	it('without AUTH_SECRET a random secret is generated once and shared through the database', async () => {
		const first = await resolveAuthSecret(noSecret, h);
		expect(first).not.toBe(OLD_DEV_SECRET);
		expect(first.length).toBeGreaterThanOrEqual(32);
		// a second app process on the same database agrees
		expect(await resolveAuthSecret(noSecret, h)).toBe(first);
		expect(await resolveAuthSecret({ ...noSecret, AUTH_SECRET: 'z'.repeat(40) }, h)).toBe('z'.repeat(40));
	});

	it('refuses an e-mail confirmation forged with the old development secret', async () => {
		const secret = await resolveAuthSecret(noSecret, h);
		const auth = createAuth(h.db, secret);
		const victim = 'owner-of-this-address@example.lv';
		await h.db.insert(user).values({ id: 'forgery-test-user', name: 'Attacker', email: victim, emailVerified: false });
		const forged = await signJWT({ email: victim, userId: 'forgery-test-user' }, OLD_DEV_SECRET, 3600);
		await expect(auth.api.verifyEmail({ query: { token: forged } })).rejects.toThrow();
		const [after] = await h.db.select({ verified: user.emailVerified }).from(user).where(eq(user.email, victim));
		expect(after.verified).toBe(false);
		// the same token signed with the installation's secret is what the real mail carries, and works
		const genuine = await signJWT({ email: victim, userId: 'forgery-test-user' }, secret, 3600);
		await auth.api.verifyEmail({ query: { token: genuine } });
		const [verified] = await h.db.select({ verified: user.emailVerified }).from(user).where(eq(user.email, victim));
		expect(verified.verified).toBe(true);
	});

	it('refuses an anti-spam form token made with the old development secret', async () => {
		const secret = await resolveAuthSecret(noSecret, h);
		const forged = signFormStart(new Date(Date.now() - 60_000), OLD_DEV_SECRET);
		expect(checkFormStart(forged, new Date(), secret)).toBe('invalid');
	});
});
