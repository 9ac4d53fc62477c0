/**
 * The matching mails (issue 17), each in its reader's language: the proposal to each side with
 * their own personal link (mentoring/tokens.ts: the same link later opens the pair's page), and
 * the coordinator's notice when a side declines.
 */
import { localized } from '$lib/domain/localized';
import type { LocalizedText } from '$lib/domain/types';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import { mailUrl } from '../mail/links';
import type { OutgoingMail } from '../mail/outbox';
import { pairToken, type PairSide } from '../mentoring/tokens';

const lang = (locale: string | null | undefined): Locale => (isLocale(locale) ? locale : 'lv');

export const answerLink = (locale: string, matchId: string, side: PairSide) => mailUrl(locale, 'mentorings/atbilde', { kods: pairToken(matchId, side) });

export function proposalMail(x: { matchId: string; side: PairSide; to: { email: string; name: string | null; locale: string }; otherName: string; programmeTitle: LocalizedText }): OutgoingMail {
	const locale = lang(x.to.locale);
	const o = { locale };
	const programme = localized(x.programmeTitle, locale);
	const other = x.otherName || '—';
	return {
		to: x.to.email,
		subject: m.match_mail_subject({ programme }, o),
		text: [
			x.to.name ? m.match_mail_greeting_named({ name: x.to.name }, o) : m.match_mail_greeting({}, o),
			'',
			x.side === 'mentee' ? m.match_mail_intro_mentee({ programme, mentor: other }, o) : m.match_mail_intro_mentor({ programme, mentee: other }, o),
			'',
			m.match_mail_answer({}, o),
			answerLink(locale, x.matchId, x.side),
			'',
			m.match_mail_link_personal({}, o)
		].join('\n')
	};
}

export function declinedMail(x: { to: { email: string; locale: string | null }; side: PairSide; menteeName: string; mentorName: string; cohortTitle: LocalizedText; reason: string | null; boardPath: string }): OutgoingMail {
	const locale = lang(x.to.locale);
	const o = { locale };
	const cohort = localized(x.cohortTitle, locale);
	const who = x.side === 'mentee' ? x.menteeName : x.mentorName;
	return {
		to: x.to.email,
		subject: m.match_declined_mail_subject({ cohort }, o),
		text: [
			x.side === 'mentee' ? m.match_declined_mail_by_mentee({ name: who, mentor: x.mentorName, cohort }, o) : m.match_declined_mail_by_mentor({ name: who, mentee: x.menteeName, cohort }, o),
			x.reason ? m.match_declined_mail_reason({ reason: x.reason }, o) : m.match_declined_mail_no_reason({}, o),
			'',
			m.match_declined_mail_board({}, o),
			mailUrl(locale, x.boardPath)
		].join('\n')
	};
}
