/**
 * The "continue later" mail of an identified survey: the person is known (the invitation named
 * them), so their saved answers' link goes to their address. Never for an anonymous survey: the
 * outbox keeps the address next to the link, which would tie the answers to the person.
 */
import { m } from '$lib/paraglide/messages';
import type { LocalizedText } from '$lib/domain/types';
import { localized } from '$lib/domain/localized';
import { isLocale } from '$lib/i18n/locales';
import type { Db } from '../db/types';
import { mailUrl } from '../mail/links';
import { enqueueMail } from '../mail/outbox';
import { findPersonById } from '../people/people-repository';

export async function mailResumeLink(
	db: Db,
	x: { personId: string; locale: string; slug: string; title: LocalizedText; invitationToken: string | null | undefined; resumeToken: string }
): Promise<void> {
	const person = await findPersonById(db, x.personId);
	if (!person?.email) return;
	const locale = isLocale(x.locale) ? x.locale : 'lv';
	// the invitation travels with the link, so submitting from the mail marks the invitation answered
	const url = mailUrl(locale, `aptaujas/${x.slug}`, x.invitationToken ? { kods: x.invitationToken, turpinat: x.resumeToken } : { turpinat: x.resumeToken });
	const title = localized(x.title, locale);
	await enqueueMail(db, {
		to: person.email,
		subject: m.survey_answer_mail_subject({ title }, { locale }),
		text: m.survey_answer_mail_text({ title, url }, { locale })
	});
}
