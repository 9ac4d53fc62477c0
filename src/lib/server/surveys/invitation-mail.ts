/**
 * The invitation and the reminder, in the person's language: what the survey is, the personal link
 * (one response per link), until when it is open, and what happens to the answers (anonymous or
 * named). The link's token is derived from the invitation (invitation-token.ts), so both mails carry
 * the same link.
 */
import { isLocale, type Locale } from '$lib/i18n/locales';
import { localized } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { REF_HEADER } from '../mail/bounces';
import { mailUrl } from '../mail/links';
import type { OutgoingMail } from '../mail/outbox';
import type { InvitationRecipient } from './invitations-repository';
import { invitationToken } from './invitation-token';
import type { SurveyRow } from './surveys-repository';

/** Marks the mail as this invitation's, so a permanent delivery failure marks it bounced (mail/bounces.ts). */
export const INVITATION_REF_KIND = 'survey-invitation';

export function surveyLink(locale: string, slug: string, invitationId: string): string {
	return mailUrl(locale, `aptaujas/${slug}`, { kods: invitationToken(invitationId) });
}

export function invitationMail(kind: 'invitation' | 'reminder', survey: Pick<SurveyRow, 'slug' | 'title' | 'mode' | 'closesAt'>, to: InvitationRecipient & { email: string }): OutgoingMail {
	const locale: Locale = isLocale(to.locale) ? to.locale : 'lv';
	const o = { locale };
	const title = localized(survey.title, locale);
	const link = surveyLink(locale, survey.slug, to.id);
	const until = survey.closesAt ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Riga' }).format(survey.closesAt) : null;
	const lines = [
		to.name ? m.survey_invite_mail_greeting_named({ name: to.name }, o) : m.survey_invite_mail_greeting({}, o),
		'',
		kind === 'reminder' ? m.survey_invite_mail_reminder_intro({ title }, o) : m.survey_invite_mail_intro({ title }, o),
		'',
		link,
		'',
		survey.mode === 'anonymous' ? m.survey_invite_mail_anonymous({}, o) : m.survey_invite_mail_identified({}, o),
		m.survey_invite_mail_once({}, o)
	];
	if (until) lines.push(m.survey_invite_mail_until({ date: until }, o));
	return {
		to: to.email,
		subject: kind === 'reminder' ? m.survey_invite_mail_reminder_subject({ title }, o) : m.survey_invite_mail_subject({ title }, o),
		text: lines.join('\n'),
		headers: { [REF_HEADER]: `${INVITATION_REF_KIND}:${to.id}` }
	};
}
