import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '../config/env';

let transport: Transporter | undefined;
let transportUrl: string | undefined;

/** The SMTP transport for SMTP_URL, or null when mail should stay in the dev outbox. */
export function smtpTransport(): Transporter | null {
	const url = config().SMTP_URL;
	if (!url) return null;
	if (!transport || transportUrl !== url) {
		transport = nodemailer.createTransport(url);
		transportUrl = url;
	}
	return transport;
}
