import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { mailOutbox } from '../db/schema';
import { DEMO_USERS } from '../seed/users';
import { createAuth } from './better-auth';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb({ seed: true });
});
afterAll(async () => {
	await h?.close();
});

async function latestResetToken(email: string): Promise<string> {
	const [mail] = await h.db.select({ text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.createdAt)).limit(1);
	const token = /aizmirsu-paroli\/jauna\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
	if (!token) throw new Error(`no reset link in: ${mail.text}`);
	return token;
}

describe('password reset links', () => {
	it('using one reset link makes every other one sent earlier useless', async () => {
		const auth = createAuth(h.db, 'r'.repeat(40));
		const email = DEMO_USERS.find((u) => u.role === 'member')!.email;
		await auth.api.requestPasswordReset({ body: { email } });
		const first = await latestResetToken(email);
		await auth.api.requestPasswordReset({ body: { email } });
		const second = await latestResetToken(email);
		expect(second).not.toBe(first);

		await auth.api.resetPassword({ body: { token: second, newPassword: 'jauna-parole-2026' } });
		// the older mail, read later by whoever has the mailbox, can no longer change the password
		await expect(auth.api.resetPassword({ body: { token: first, newPassword: 'uzbrucēja-parole' } })).rejects.toThrow();
		await expect(auth.api.resetPassword({ body: { token: second, newPassword: 'vēl-cita-parole' } })).rejects.toThrow();
	});
});
