/**
 * The mentoring mails: nudges to both sides of a pair (each in their language, with their own pair
 * link) and the outcome check-in's personal link. Links are built with mailUrl, never from a request.
 */
import { isLocale, type Locale } from '$lib/i18n/locales';
import { localized } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import type { LocalizedText } from '../db/schema/common';
import type { Db } from '../db/types';
import { mailUrl } from '../mail/links';
import { enqueueMail } from '../mail/outbox';
import type { DueNudge } from './due';
import type { PairRow } from './pairs-repository';
import { checkinToken, pairToken, type PairSide } from './tokens';

const localeOf = (l: string | null | undefined): Locale => (l && isLocale(l) ? l : 'lv');
const dayIn = (day: string, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

export const pairUrl = (locale: string, matchId: string, side: PairSide) => mailUrl(locale, 'mentorings/pari', { kods: pairToken(matchId, side) });

function nudgeText(n: DueNudge, pair: NonNullable<PairRow>, locale: Locale, name: string, url: string) {
	const programme = localized(pair.programmeTitle, locale);
	const o = { locale };
	switch (n.kind) {
		case 'no_session':
			return { subject: m.pair_nudge_no_session_subject({ programme }, o), text: m.pair_nudge_no_session_text({ name, weeks: pair.nudgeWeeks, url }, o) };
		case 'milestone':
			return { subject: m.pair_nudge_milestone_subject({ title: n.goalTitle ?? '' }, o), text: m.pair_nudge_milestone_text({ name, title: n.goalTitle ?? '', date: dayIn(n.dueOn!, locale), url }, o) };
		case 'midpoint':
			return { subject: m.pair_nudge_midpoint_subject({ programme }, o), text: m.pair_nudge_midpoint_text({ name, date: dayIn(pair.cohortEndsOn, locale), url }, o) };
		case 'end':
			return { subject: m.pair_nudge_end_subject({ programme }, o), text: m.pair_nudge_end_text({ name, url }, o) };
	}
}

const sidesOf = (pair: NonNullable<PairRow>) => [
	{ side: 'mentee' as const, email: pair.menteeEmail, name: pair.menteeName, locale: localeOf(pair.menteeLocale) },
	{ side: 'mentor' as const, email: pair.mentorEmail, name: pair.mentorName, locale: localeOf(pair.mentorLocale) }
];

/** One mail to each side that has an address, written in their language around their own pair link. */
async function mailBothSides(tx: Db, pair: NonNullable<PairRow>, write: (locale: Locale, name: string, url: string) => { subject: string; text: string }): Promise<number> {
	let sent = 0;
	for (const s of sidesOf(pair)) {
		if (!s.email) continue;
		await enqueueMail(tx, { to: s.email, ...write(s.locale, s.name ?? '', pairUrl(s.locale, pair.id, s.side)) });
		sent++;
	}
	return sent;
}

export const mailNudge = (tx: Db, pair: NonNullable<PairRow>, nudge: DueNudge): Promise<number> => mailBothSides(tx, pair, (locale, name, url) => nudgeText(nudge, pair, locale, name, url));

/** Staff marked the pair completed: both sides are asked for their feedback on their page. */
export const mailCompleted = (tx: Db, pair: NonNullable<PairRow>): Promise<number> =>
	mailBothSides(tx, pair, (locale, name, url) => {
		const programme = localized(pair.programmeTitle, locale);
		return { subject: m.pair_completed_subject({ programme }, { locale }), text: m.pair_completed_text({ name, programme, url }, { locale }) };
	});

export const checkinUrl = (locale: string, checkinId: string) => mailUrl(locale, 'iznakums', { kods: checkinToken(checkinId) });

export async function mailCheckin(
	tx: Db,
	c: { checkinId: string; due: 'end' | 'month6' | 'month12'; email: string; name: string | null; locale: string; programmeTitle: LocalizedText }
): Promise<void> {
	const locale = localeOf(c.locale);
	const programme = localized(c.programmeTitle, locale);
	const when = { end: m.pair_checkin_when_end, month6: m.pair_checkin_when_month6, month12: m.pair_checkin_when_month12 }[c.due]({}, { locale });
	await enqueueMail(tx, {
		to: c.email,
		subject: m.pair_checkin_mail_subject({ programme }, { locale }),
		text: m.pair_checkin_mail_text({ name: c.name ?? '', programme, when, url: checkinUrl(locale, c.checkinId) }, { locale })
	});
}
