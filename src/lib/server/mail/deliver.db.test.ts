import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import { openTestDb } from '../db/test-db';
import type { DbHandle } from '../db/client';
import { mailOutbox } from '../db/schema';
import { deliverMail } from './deliver';
import { enqueueMail } from './outbox';

let h: DbHandle;
beforeAll(async () => {
	h = await openTestDb();
});
afterAll(async () => {
	await h?.close();
});

async function storedMail(to: string) {
	const [row] = await h.db.select({ id: mailOutbox.id, text: mailOutbox.text, status: mailOutbox.status }).from(mailOutbox).where(eq(mailOutbox.to, to));
	return row;
}

describe('mail delivery', () => {
	it('over SMTP, the recipient gets the live link and the stored copy keeps it masked', async () => {
		const to = 'reset-me@example.lv';
		await enqueueMail(h.db, { to, subject: 'Parole', text: 'https://tuvuma.lv/lv/aizmirsu-paroli/jauna?token=LiveToken123' });
		// what the SMTP server receives
		const delivered: string[] = [];
		const transport = { sendMail: async (mail: { text?: string }) => void delivered.push(String(mail.text)) } as unknown as Transporter;
		await deliverMail(h.db, (await storedMail(to)).id, transport, 'Tuvumā <noreply@tuvuma.lv>');
		expect(delivered[0]).toContain('token=LiveToken123');
		const row = await storedMail(to);
		expect(row.status).toBe('sent');
		expect(row.text).not.toContain('LiveToken123');
	});

	it('without SMTP the mail stays whole in the dev outbox, where admins hand the link on', async () => {
		const to = 'dev-outbox@example.lv';
		await enqueueMail(h.db, { to, subject: 'Parole', text: 'https://tuvuma.lv/lv/aizmirsu-paroli/jauna?token=DevToken456' });
		await deliverMail(h.db, (await storedMail(to)).id, null, 'x@tuvuma.lv');
		const row = await storedMail(to);
		expect(row.status).toBe('dev_outbox');
		expect(row.text).toContain('token=DevToken456');
	});
});
