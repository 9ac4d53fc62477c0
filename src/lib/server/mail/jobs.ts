import { config } from '../config/env';
import { registerJobHandler } from '../jobs/registry';
import { findMail, markMail } from './outbox-repository';
import { SEND_MAIL_JOB } from './outbox';
import { smtpTransport } from './transport';

/** Delivers one outbox mail: over SMTP when configured, otherwise it is kept for /admin/pasts. */
registerJobHandler(SEND_MAIL_JOB, async (db, payload: { id: string }) => {
	const mail = await findMail(db, payload.id);
	if (!mail || mail.status === 'sent') return;
	const transport = smtpTransport();
	if (!transport) {
		await markMail(db, mail.id, 'dev_outbox');
		return;
	}
	try {
		await transport.sendMail({ from: config().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? undefined, headers: mail.headers ?? undefined });
	} catch (e) {
		await markMail(db, mail.id, 'failed', e instanceof Error ? e.message : String(e));
		throw e; // the job is retried with back-off
	}
	await markMail(db, mail.id, 'sent');
});
