import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/** Where the browser tests' SMTP server writes each message it receives (one JSON file per mail). */
export const e2ePort = () => Number(process.env.E2E_PORT ?? 4173);
export const smtpPort = () => Number(process.env.E2E_SMTP_PORT ?? e2ePort() + 1000);
export const mailDir = () => join('.tmp', `e2e-mail-${e2ePort()}`);

/** `headers`: the List-* header lines as sent (RFC 2369 / RFC 8058 unsubscribe), by lower-case name. */
export type StoredMail = {
	to: string[];
	subject: string;
	text: string;
	html: string;
	receivedAt: number;
	attachments?: { filename: string; contentType: string; content: string }[];
	headers?: Record<string, string>;
};

/** A real SMTP server in the test process: the app under test delivers to it through nodemailer. */
export async function startSmtpSink(): Promise<() => Promise<void>> {
	const dir = mailDir();
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	let n = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((parsed) => {
					const mail: StoredMail = {
						to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
						subject: parsed.subject ?? '',
						text: parsed.text ?? '',
						html: typeof parsed.html === 'string' ? parsed.html : '',
						receivedAt: Date.now(),
						attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content.toString('base64') })),
						headers: Object.fromEntries(parsed.headerLines.filter((h) => h.key.startsWith('list-')).map((h) => [h.key, h.line.slice(h.line.indexOf(':') + 1).trim()]))
					};
					writeFileSync(join(dir, `${Date.now()}-${process.pid}-${n++}.json`), JSON.stringify(mail));
					callback();
				})
				.catch(callback);
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(smtpPort(), '127.0.0.1', () => resolve());
	});
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
