import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mailDir, type StoredMail } from './smtp-sink';

export type ReceivedMail = { subject: string; text: string; html: string; links: string[]; attachments: NonNullable<StoredMail['attachments']>; headers: Record<string, string> };

/**
 * Waits until a mail to `to` (matching `subject`, received after `after` if given) has arrived at the
 * test SMTP server, and returns the newest such mail with every link in it.
 */
export async function waitForMail(
	to: string,
	opts: { subject?: RegExp; timeoutMs?: number; after?: Date } = {}
): Promise<ReceivedMail> {
	const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
	const address = to.toLowerCase();
	for (;;) {
		const found = readMails()
			.filter((m) => m.to.includes(address) && (!opts.subject || opts.subject.test(m.subject)) && (!opts.after || m.receivedAt >= opts.after.getTime()))
			.sort((a, b) => b.receivedAt - a.receivedAt)[0];
		if (found) return { subject: found.subject, text: found.text, html: found.html, links: linksOf(found), attachments: found.attachments ?? [], headers: found.headers ?? {} };
		if (Date.now() > deadline) throw new Error(`No mail to ${to}${opts.subject ? ` with subject ${opts.subject}` : ''} arrived in time`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

/** Every mail to `to` so far (for tests that check nothing was sent). */
export function mailsTo(to: string): ReceivedMail[] {
	const address = to.toLowerCase();
	return readMails()
		.filter((m) => m.to.includes(address))
		.map((m) => ({ subject: m.subject, text: m.text, html: m.html, links: linksOf(m), attachments: m.attachments ?? [], headers: m.headers ?? {} }));
}

function readMails(): StoredMail[] {
	const dir = mailDir();
	let names: string[];
	try {
		names = readdirSync(dir).filter((n) => n.endsWith('.json'));
	} catch {
		return [];
	}
	return names.flatMap((n) => {
		try {
			return [JSON.parse(readFileSync(join(dir, n), 'utf8')) as StoredMail];
		} catch {
			return []; // being written right now: read on the next round
		}
	});
}

function linksOf(mail: StoredMail): string[] {
	const fromText = mail.text.match(/https?:\/\/[^\s<>"]+/g) ?? [];
	const fromHtml = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
	return [...new Set([...fromText, ...fromHtml])];
}
