import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import { mailOutbox, type MailAttachment } from '../db/schema';
import { toNumber, type Db } from '../db/types';

export type MailRow = {
	id: string;
	to: string;
	subject: string;
	text: string;
	html: string | null;
	attachments: MailAttachment[];
	/** Extra headers (List-Unsubscribe …), or null. */
	headers: Record<string, string> | null;
	status: 'queued' | 'sent' | 'dev_outbox' | 'failed';
	error: string | null;
	createdAt: Date;
	sentAt: Date | null;
};

const columns = {
	id: mailOutbox.id,
	to: mailOutbox.to,
	subject: mailOutbox.subject,
	text: mailOutbox.text,
	html: mailOutbox.html,
	attachments: mailOutbox.attachments,
	headers: mailOutbox.headers,
	status: mailOutbox.status,
	error: mailOutbox.error,
	createdAt: mailOutbox.createdAt,
	sentAt: mailOutbox.sentAt
};

export async function findMail(db: Db, id: string): Promise<MailRow | null> {
	const [row] = await db.select(columns).from(mailOutbox).where(eq(mailOutbox.id, id));
	return row ?? null;
}

export async function markMail(db: Db, id: string, status: MailRow['status'], error: string | null = null): Promise<void> {
	await db
		.update(mailOutbox)
		.set({ status, error, sentAt: status === 'sent' || status === 'dev_outbox' ? new Date() : null })
		.where(eq(mailOutbox.id, id));
}

/** Replaces the stored bodies (a sent mail's live link tokens are masked). */
export async function scrubMail(db: Db, id: string, bodies: { text: string; html: string | null }): Promise<void> {
	await db.update(mailOutbox).set(bodies).where(eq(mailOutbox.id, id));
}

/** Newest first, optionally only mails to addresses containing `to`. */
export async function listMail(db: Db, opts: { to?: string; limit: number; offset: number }): Promise<{ rows: MailRow[]; total: number }> {
	const where: SQL | undefined = opts.to ? and(ilike(mailOutbox.to, `%${opts.to.replace(/[%_\\]/g, '\\$&')}%`)) : undefined;
	const rows = await db.select(columns).from(mailOutbox).where(where).orderBy(desc(mailOutbox.createdAt)).limit(opts.limit).offset(opts.offset);
	const [total] = await db.select({ n: count() }).from(mailOutbox).where(where);
	return { rows, total: toNumber(total?.n) };
}

/** For account deletion: mails to this address are personal data. */
export async function deleteMailTo(db: Db, to: string): Promise<void> {
	await db.delete(mailOutbox).where(eq(mailOutbox.to, to));
}
