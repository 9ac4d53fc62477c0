/** Mails to a claimant, in the language they used when claiming. */
import { m } from '$lib/paraglide/messages';
import { isLocale, type Locale } from '$lib/i18n/locales';
import type { Db } from '$lib/server/db/types';
import { mailUrl } from '$lib/server/mail/links';
import { enqueueMail } from '$lib/server/mail/outbox';

const asLocale = (l: string): Locale => (isLocale(l) ? l : 'lv');

export async function mailClaimDecision(
	db: Db,
	d: { to: string; locale: string; producerName: string; approved: boolean; reason: string | null }
): Promise<void> {
	const locale = asLocale(d.locale);
	const name = d.producerName;
	if (d.approved) {
		await enqueueMail(db, {
			to: d.to,
			subject: m.claims_mail_approved_subject({ name }, { locale }),
			text: m.claims_mail_approved_text({ name, url: mailUrl(locale, 'mans') }, { locale })
		});
	} else {
		await enqueueMail(db, {
			to: d.to,
			subject: m.claims_mail_rejected_subject({ name }, { locale }),
			text: m.claims_mail_rejected_text({ name, reason: d.reason ?? '' }, { locale })
		});
	}
}

/**
 * To the e-mail the listing gives, when someone with another address claims it: they may be the
 * real owner. In Latvian (the listing's contact chose no language here).
 */
export async function mailListingContact(db: Db, d: { to: string; producerName: string; claimantEmail: string; reportUrl: string }): Promise<void> {
	const locale: Locale = 'lv';
	await enqueueMail(db, {
		to: d.to,
		subject: m.claims_mail_contact_subject({ name: d.producerName }, { locale }),
		text: m.claims_mail_contact_text({ name: d.producerName, claimant: d.claimantEmail, url: d.reportUrl }, { locale })
	});
}
