import type { Transporter } from 'nodemailer';
import { config } from '../config/env';
import { nodemailer } from '../runtime/lazy-modules';

let transport: Transporter | undefined;
let transportUrl: string | undefined;

/** The SMTP transport for SMTP_URL, or null when mail should stay in the dev outbox. */
export async function smtpTransport(): Promise<Transporter | null> {
	const url = config().SMTP_URL;
	if (!url) return null;
	const mailer = await nodemailer(); // before the check: two jobs at once then share one transport
	if (!transport || transportUrl !== url) {
		transport = mailer.createTransport(url);
		transportUrl = url;
	}
	return transport;
}
