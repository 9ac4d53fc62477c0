import type { Transporter } from 'nodemailer';
import type { Db } from '../db/types';
import { isPermanentFailure, reportBounce } from './bounces';
import { maskLinkTokens } from './mask';
import { findMail, markMail, scrubMail } from './outbox-repository';

/**
 * Delivers one outbox mail: over SMTP when a transport is configured (status `sent`), otherwise it
 * stays for /admin/pasts (`dev_outbox`, the only way such an installation delivers mail). A sent
 * mail's stored copy loses its live link tokens: only the recipient's mailbox has them.
 */
export async function deliverMail(db: Db, id: string, transport: Transporter | null, from: string): Promise<void> {
	const mail = await findMail(db, id);
	if (!mail || mail.status === 'sent') return;
	if (!transport) {
		await markMail(db, mail.id, 'dev_outbox');
		return;
	}
	try {
		await transport.sendMail({
			from,
			to: mail.to,
			subject: mail.subject,
			text: mail.text,
			html: mail.html ?? undefined,
			attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, 'base64'), cid: a.cid })),
			headers: mail.headers ?? undefined
		});
	} catch (e) {
		await markMail(db, mail.id, 'failed', e instanceof Error ? e.message : String(e));
		// a refused recipient stays refused: tell the sender's feature instead of retrying
		if (isPermanentFailure(e)) return reportBounce(db, mail.headers);
		throw e; // the job is retried with back-off
	}
	await scrubMail(db, mail.id, { text: maskLinkTokens(mail.text), html: mail.html === null ? null : maskLinkTokens(mail.html) });
	await markMail(db, mail.id, 'sent');
}
