/**
 * The mails of an interest, queued in the transaction of the change they are about. They name who
 * and link to the interest's page; they carry no contacts and no message text (the page shows those
 * to whoever may see them). Demo rows send nothing: their people are fictional.
 */
import { isLocale } from '$lib/i18n/locales';
import { localized } from '$lib/domain/localized';
import type { LocalizedText } from '../db/schema/common';
import { m } from '$lib/paraglide/messages';
import type { Db } from '../db/types';
import { mailUrl } from '../mail/links';
import { enqueueMail } from '../mail/outbox';
import { accountRecipient, ownerRecipients, type InterestCore, type Recipient } from './access';

export const interestPath = (id: string) => `mans/sadarbiba/${id}`;
const lang = (r: Recipient) => (isLocale(r.locale) ? r.locale : 'lv');

export async function tellOwnersOfInterest(
	tx: Db,
	a: { interestId: string; titleText: LocalizedText; fromName: string; producerId: string | null; organisationId: string | null; isDemo: boolean }
): Promise<void> {
	if (a.isDemo) return;
	for (const r of await ownerRecipients(tx, a)) {
		const locale = lang(r);
		const url = mailUrl(locale, interestPath(a.interestId));
		const title = localized(a.titleText, locale);
		await enqueueMail(tx, { to: r.email, subject: m.coopi_mail_interest_subject({ title }, { locale }), text: m.coopi_mail_interest_text({ title, name: a.fromName, url }, { locale }) });
	}
}

export async function tellSenderOfDecision(tx: Db, i: InterestCore, titleText: LocalizedText, accepted: boolean): Promise<void> {
	if (i.isDemo) return;
	const r = await accountRecipient(tx, i.fromUserId);
	if (!r) return;
	const locale = lang(r);
	const url = mailUrl(locale, interestPath(i.id));
	const title = localized(titleText, locale);
	const text = accepted ? m.coopi_mail_accepted_text({ title, url }, { locale }) : m.coopi_mail_declined_text({ title, url }, { locale });
	await enqueueMail(tx, { to: r.email, subject: m.coopi_mail_decided_subject({ title }, { locale }), text });
}

/** A new message goes to the other side: the sender's account, or the profile's owners. */
export async function tellOtherSideOfMessage(tx: Db, i: InterestCore, titleText: LocalizedText, authorIsSender: boolean): Promise<void> {
	if (i.isDemo) return;
	const sender = authorIsSender ? null : await accountRecipient(tx, i.fromUserId);
	const to = authorIsSender ? await ownerRecipients(tx, i) : sender ? [sender] : [];
	for (const r of to) {
		const locale = lang(r);
		const url = mailUrl(locale, interestPath(i.id));
		const title = localized(titleText, locale);
		await enqueueMail(tx, { to: r.email, subject: m.coopi_mail_message_subject({ title }, { locale }), text: m.coopi_mail_message_text({ title, url }, { locale }) });
	}
}
