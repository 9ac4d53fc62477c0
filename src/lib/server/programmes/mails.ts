/**
 * The mails an applicant gets, in their own language: their application arrived, and the
 * decision (accepted, waiting list, declined, withdrawn) with the coordinator's message. Built here,
 * queued by the flows in the same transaction (the mail jobs deliver them).
 */
import { isLocale, type Locale } from '$lib/i18n/locales';
import { localized } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import type { Decision } from '$lib/forms/programmes';
import type { LocalizedText } from '../db/schema/common';
import { mailUrl } from '../mail/links';
import type { OutgoingMail } from '../mail/outbox';

export type MailCohort = { programmeSlug: string; programmeTitle: LocalizedText; cohortTitle: LocalizedText; startsOn: string; endsOn: string };
export type MailTo = { email: string; name: string | null; locale: string };

export const programmePath = (slug: string) => `programmas/${slug}`;

const langOf = (l: string): Locale => (isLocale(l) ? l : 'lv');

function titleOf(c: MailCohort, locale: Locale): string {
	return `${localized(c.programmeTitle, locale)} — ${localized(c.cohortTitle, locale)}`;
}

export function receivedMail(c: MailCohort, to: MailTo): OutgoingMail {
	const locale = langOf(to.locale);
	const o = { locale };
	const title = titleOf(c, locale);
	const text = [m.prog_mail_greeting({ name: to.name ?? '' }, o), '', m.prog_mail_received_intro({ title }, o), '', mailUrl(locale, programmePath(c.programmeSlug))].join('\n');
	return { to: to.email, subject: m.prog_mail_received_subject({ title }, o), text };
}

const SUBJECT = { accepted: m.prog_mail_accepted_subject, waitlisted: m.prog_mail_waitlisted_subject, declined: m.prog_mail_declined_subject, withdrawn: m.prog_mail_withdrawn_subject } as const;
const INTRO = { accepted: m.prog_mail_accepted_intro, waitlisted: m.prog_mail_waitlisted_intro, declined: m.prog_mail_declined_intro, withdrawn: m.prog_mail_withdrawn_intro } as const;

export function decisionMail(decision: Decision, c: MailCohort, to: MailTo, message: string | null): OutgoingMail {
	const locale = langOf(to.locale);
	const o = { locale };
	const title = titleOf(c, locale);
	const lines = [m.prog_mail_greeting({ name: to.name ?? '' }, o), '', INTRO[decision]({ title, start: c.startsOn, end: c.endsOn }, o)];
	if (message) lines.push('', m.prog_mail_message_from_staff({}, o), message);
	lines.push('', mailUrl(locale, programmePath(c.programmeSlug)));
	return { to: to.email, subject: SUBJECT[decision]({ title }, o), text: lines.join('\n') };
}
