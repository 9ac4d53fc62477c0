/** Mails about moderation, each in its recipient's language (the one they used when submitting). */
import { m } from '$lib/paraglide/messages';
import { isLocale, type Locale } from '$lib/i18n/locales';
import type { Db } from '../db/types';
import { listingMailUrl, mailUrl } from '../mail/links';
import { enqueueMail } from '../mail/outbox';
import type { Decision } from './domain';
import type { EntityType } from './drafts';

const asLocale = (l: string | null | undefined): Locale => (isLocale(l) ? l : 'lv');

const QUOTES: Record<Locale, [string, string]> = { lv: ['“', '”'], en: ['“', '”'], ro: ['„', '”'], ru: ['«', '»'] };
const quoted = (text: string, locale: Locale) => `${QUOTES[locale][0]}${text}${QUOTES[locale][1]}`;

export async function mailDecision(
	db: Db,
	d: {
		to: string;
		locale: string;
		decision: Exclude<Decision, 'archive'>;
		name: string;
		message: string | null;
		entityType: EntityType;
		slug: string | null;
		/** Names of the products and points decided with a new producer (one mail for all). */
		parts?: string[];
	}
): Promise<void> {
	const locale = asLocale(d.locale);
	const name = d.name;
	const items = d.parts?.length ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(d.parts.map((p) => quoted(p, locale))) : null;
	const withParts = (text: string, line: (p: { items: string }, o: { locale: Locale }) => string) => (items ? `${text}\n\n${line({ items }, { locale })}` : text);
	const message = d.decision === 'reject' ? withParts(d.message ?? '', m.moderation_mail_parts_rejected) : (d.message ?? '');
	let subject: string;
	let text: string;
	if (d.decision === 'approve') {
		subject = m.moderation_mail_approved_subject({ name }, { locale });
		const url = d.slug ? listingMailUrl(locale, d.entityType, d.slug) : mailUrl(locale, '');
		text = m.moderation_mail_approved_text({ name, url: withParts(url, m.moderation_mail_parts_approved) }, { locale });
	} else if (d.decision === 'reject') {
		subject = m.moderation_mail_rejected_subject({ name }, { locale });
		text = m.moderation_mail_rejected_text({ name, reason: message }, { locale });
	} else {
		subject = m.moderation_mail_changes_subject({ name }, { locale });
		text = m.moderation_mail_changes_text({ name, message }, { locale });
	}
	await enqueueMail(db, { to: d.to, subject, text });
}

export async function mailSuggestionConfirmation(db: Db, d: { to: string; locale: string; name: string; token: string }): Promise<void> {
	const locale = asLocale(d.locale);
	const url = mailUrl(locale, 'ieteikt/apstiprinat', { token: d.token });
	await enqueueMail(db, {
		to: d.to,
		subject: m.moderation_mail_confirm_subject({ name: d.name }, { locale }),
		text: m.moderation_mail_confirm_text({ name: d.name, url }, { locale })
	});
}

export type DigestItem = { name: string; typeLabel: string; days: number };

export async function mailDigest(db: Db, d: { to: string; locale: string; count: number; oldest: DigestItem[] }): Promise<void> {
	const locale = asLocale(d.locale);
	// "0 days" reads as a mistake: something that came in today says so
	const line = (i: DigestItem) =>
		i.days === 0 ? m.moderation_mail_digest_line_today({ name: i.name, type: i.typeLabel }, { locale }) : m.moderation_mail_digest_line({ name: i.name, type: i.typeLabel, days: i.days }, { locale });
	const lines = d.oldest.map(line).join('\n');
	await enqueueMail(db, {
		to: d.to,
		subject: m.moderation_mail_digest_subject({ count: d.count }, { locale }),
		text: m.moderation_mail_digest_text({ count: d.count, items: lines, url: mailUrl(locale, 'moderacija') }, { locale })
	});
}
