import { getRequestEvent } from '$app/server';
import { m } from '$lib/paraglide/messages';
import { isLocale, type Locale } from '$lib/i18n/locales';
import type { Db } from '../db/types';
import { mailUrl } from '../mail/links';
import { enqueueMail } from '../mail/outbox';

type Recipient = { email: string; name: string; locale?: string | null };

/** Mails the user asked for just now are in the page's language; others in the one they chose. */
function localeFor(recipient: Recipient): Locale {
	const lang = currentEvent()?.params.lang;
	if (isLocale(lang)) return lang;
	return isLocale(recipient.locale) ? recipient.locale : 'lv';
}

function currentEvent() {
	try {
		return getRequestEvent();
	} catch {
		return undefined; // outside a request (tests, jobs)
	}
}

export async function mailVerification(db: Db, user: Recipient, token: string): Promise<void> {
	const locale = localeFor(user);
	const url = mailUrl(locale, 'registreties/apstiprinat', { token });
	await enqueueMail(db, {
		to: user.email,
		subject: m.auth_mail_verify_subject({}, { locale }),
		text: m.auth_mail_verify_text({ name: user.name, url }, { locale })
	});
}

export async function mailMagicLink(db: Db, user: Recipient, token: string, next: string): Promise<void> {
	const locale = localeFor(user);
	const url = mailUrl(locale, 'ienakt/saite', next ? { token, next } : { token });
	await enqueueMail(db, {
		to: user.email,
		subject: m.auth_mail_magic_subject({}, { locale }),
		text: m.auth_mail_magic_text({ name: user.name, url }, { locale })
	});
}

export async function mailPasswordReset(db: Db, user: Recipient, token: string): Promise<void> {
	const locale = localeFor(user);
	const url = mailUrl(locale, 'aizmirsu-paroli/jauna', { token });
	await enqueueMail(db, {
		to: user.email,
		subject: m.auth_mail_reset_subject({}, { locale }),
		text: m.auth_mail_reset_text({ name: user.name, url }, { locale })
	});
}

export async function mailSignUpAttempt(db: Db, user: Recipient): Promise<void> {
	const locale = localeFor(user);
	const url = mailUrl(locale, 'aizmirsu-paroli', {});
	await enqueueMail(db, {
		to: user.email,
		subject: m.auth_mail_exists_subject({}, { locale }),
		text: m.auth_mail_exists_text({ name: user.name, url }, { locale })
	});
}
