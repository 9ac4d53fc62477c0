/**
 * Sign-in, password-reset and confirmation links carry a one-time token in their `token` query
 * parameter. Once a mail has left for the recipient's mailbox, nobody else should be able to use
 * its link — not an admin reading the outbox, not whoever later reads the database or a backup.
 */
// `kods`: a survey invitation's personal link (one response per link)
const TOKEN_PARAM = /([?&](?:token|kods)=)[^&#\s<>"']+/g;

export const MASK = '•••';

export function maskLinkTokens(text: string): string {
	return text.replace(TOKEN_PARAM, `$1${MASK}`);
}

/**
 * An outbox row as admins see it. Live link tokens show only in the dev outbox (no SMTP_URL: admins
 * hand those links on, it is how such an installation delivers mail); a mail queued for, sent or
 * failing through SMTP is for its recipient alone.
 */
export function asAdminSees<T extends { status: string; text: string; html: string | null }>(mail: T): T {
	if (mail.status === 'dev_outbox') return mail;
	return { ...mail, text: maskLinkTokens(mail.text), html: mail.html === null ? null : maskLinkTokens(mail.html) };
}
