import { mailOutbox, type MailAttachment } from '../db/schema';
import type { Db } from '../db/types';
import { enqueueJob } from '../jobs/queue';

export type OutgoingMail = {
	to: string;
	subject: string;
	text: string;
	html?: string;
	/** Files sent with the mail (an event's .ics, its QR code). */
	attachments?: MailAttachment[];
	/** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on the alerts' digests. */
	headers?: Record<string, string>;
};

export const SEND_MAIL_JOB = 'mail.send';

/**
 * Records a mail and queues its delivery. Call it inside the transaction of the change the mail is
 * about: the mail then goes out only if that change commits. Delivery (SMTP, or the dev outbox
 * without SMTP_URL) happens in the job worker, never in the request.
 */
export async function enqueueMail(db: Db, mail: OutgoingMail): Promise<void> {
	const [row] = await db
		.insert(mailOutbox)
		.values({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null, attachments: mail.attachments ?? [], headers: mail.headers ?? null })
		.returning({ id: mailOutbox.id });
	await enqueueJob(db, SEND_MAIL_JOB, { id: row.id });
}
