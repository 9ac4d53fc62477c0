/** The cooperation profiles' mails to their owners, each in the owner's language. */
import { eq } from 'drizzle-orm';
import { localized } from '$lib/domain/localized';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import { organisations, user } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import { mailUrl } from '../mail/links';
import { enqueueMail } from '../mail/outbox';

const asLocale = (l: string | null | undefined): Locale => (l && isLocale(l) ? l : 'lv');

export type MailProfile = { id: string; slug: string; title: LocalizedText; producerId: string | null; organisationId: string | null; createdByUserId: string | null };

/** The account that wrote the profile: where its mails go (none for demo rows). */
export async function recipientOf(db: Db, userId: string | null): Promise<{ email: string; locale: Locale } | null> {
	if (!userId) return null;
	const [u] = await db.select({ email: user.email, locale: user.locale }).from(user).where(eq(user.id, userId));
	return u ? { email: u.email, locale: asLocale(u.locale) } : null;
}

/** The owner's page of a profile: the listing's dashboard or the organisation's workspace. */
export async function ownerPath(db: Db, p: Pick<MailProfile, 'id' | 'producerId' | 'organisationId'>): Promise<string> {
	if (p.producerId) return `mans/${p.producerId}/sadarbiba/${p.id}`;
	const [o] = await db.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, p.organisationId!));
	return `organizacijas/${o?.slug ?? ''}/darbs/sadarbiba/${p.id}`;
}

export async function mailDecision(db: Db, p: MailProfile, decision: 'published' | 'rejected', reason: string | null): Promise<void> {
	const to = await recipientOf(db, p.createdByUserId);
	if (!to) return;
	const locale = to.locale;
	const title = localized(p.title, locale);
	const url = decision === 'published' ? mailUrl(locale, `sadarbiba/${p.slug}`) : mailUrl(locale, await ownerPath(db, p));
	await enqueueMail(db, {
		to: to.email,
		subject: decision === 'published' ? m.coop_mail_published_subject({ title }, { locale }) : m.coop_mail_rejected_subject({ title }, { locale }),
		text: decision === 'published' ? m.coop_mail_published_text({ title, url }, { locale }) : m.coop_mail_rejected_text({ title, url, reason: reason ?? '' }, { locale })
	});
}

export async function mailRenewalReminder(db: Db, p: MailProfile & { expiresAt: Date | null }): Promise<boolean> {
	const to = await recipientOf(db, p.createdByUserId);
	if (!to || !p.expiresAt) return false;
	const locale = to.locale;
	const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Riga' }).format(p.expiresAt);
	await enqueueMail(db, {
		to: to.email,
		subject: m.coop_mail_renew_subject({ title: localized(p.title, locale) }, { locale }),
		text: m.coop_mail_renew_text({ title: localized(p.title, locale), date, url: mailUrl(locale, await ownerPath(db, p)) }, { locale })
	});
	return true;
}
