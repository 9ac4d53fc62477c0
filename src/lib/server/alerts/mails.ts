/** The alerts' mails, each in the subscriber's language. */
import { authSecret } from '../auth/secret';
import { m } from '$lib/paraglide/messages';
import { isLocale, type Locale } from '$lib/i18n/locales';
import type { Db } from '../db/types';
import { mailUrl } from '../mail/links';
import { enqueueMail } from '../mail/outbox';
import { alertToken } from './tokens';

const asLocale = (l: string): Locale => (isLocale(l) ? l : 'lv');

export function unsubscribeUrl(locale: string, id: string): string {
	return mailUrl(asLocale(locale), 'pazinojumi/atteikties', { t: alertToken('unsubscribe', id, authSecret()) });
}

/** RFC 8058: a mail client's "unsubscribe" button posts to the link, no page in between. */
export function unsubscribeHeaders(url: string): Record<string, string> {
	return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export async function mailConfirmAlert(db: Db, d: { to: string; locale: string; id: string; alert: string }): Promise<void> {
	const locale = asLocale(d.locale);
	const url = mailUrl(locale, 'pazinojumi/apstiprinat', { t: alertToken('confirm', d.id, authSecret()) });
	await enqueueMail(db, {
		to: d.to,
		subject: m.alerts_mail_confirm_subject({ alert: d.alert }, { locale }),
		text: m.alerts_mail_confirm_text({ alert: d.alert, url }, { locale })
	});
}

/** Someone asked again for an alert this address already gets: say so, change nothing. */
export async function mailAlreadySubscribed(db: Db, d: { to: string; locale: string; id: string; alert: string }): Promise<void> {
	const locale = asLocale(d.locale);
	const url = unsubscribeUrl(locale, d.id);
	await enqueueMail(db, {
		to: d.to,
		subject: m.alerts_mail_already_subject({ alert: d.alert }, { locale }),
		text: m.alerts_mail_already_text({ alert: d.alert, url }, { locale }),
		headers: unsubscribeHeaders(url)
	});
}

export type DigestLine = { name: string; detail: string; url: string };

export async function mailDigest(
	db: Db,
	d: { to: string; locale: string; id: string; alert: string; since: Date; producers: DigestLine[]; products: DigestLine[]; salesPoints: DigestLine[] }
): Promise<void> {
	const locale = asLocale(d.locale);
	const count = d.producers.length + d.products.length + d.salesPoints.length;
	const url = unsubscribeUrl(locale, d.id);
	const section = (title: string, lines: DigestLine[]) => (lines.length ? [title, ...lines.map((l) => `• ${l.name}${l.detail ? ` — ${l.detail}` : ''}\n  ${l.url}`), ''] : []);
	const since = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Riga' }).format(d.since);
	const text = [
		m.alerts_mail_digest_intro({ alert: d.alert, since }, { locale }),
		'',
		...section(m.alerts_mail_digest_producers({}, { locale }), d.producers),
		...section(m.alerts_mail_digest_products({}, { locale }), d.products),
		...section(m.alerts_mail_digest_sales_points({}, { locale }), d.salesPoints),
		m.alerts_mail_digest_footer({ url }, { locale })
	].join('\n');
	await enqueueMail(db, { to: d.to, subject: m.alerts_mail_digest_subject({ count, alert: d.alert }, { locale }), text, headers: unsubscribeHeaders(url) });
}
