/** The brokerage mails (issue 19), each in its reader's language, with a link to the day's page. */
import { localized } from '$lib/domain/localized';
import { slotLabel } from '$lib/domain/brokerage/format';
import { zoneName } from '$lib/events/format';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import type { LocalizedText } from '../db/schema/common';
import { mailUrl } from '../mail/links';
import type { OutgoingMail } from '../mail/outbox';

export type MeetingMailKind = 'requested' | 'accepted' | 'declined' | 'cancelled';
const lang = (locale: string | null | undefined): Locale => (isLocale(locale) ? locale : 'lv');

export const brokeragePath = (slug: string) => `pasakumi/${slug}/tiksanas`;

export function meetingMail(
	kind: MeetingMailKind,
	x: { to: { email: string; name: string | null; locale: string }; otherName: string; event: { slug: string; title: LocalizedText; timeZone: string }; slot: { startsAt: Date; endsAt: Date }; message?: string | null; place?: { table: number | null; url: string | null } | null }
): OutgoingMail {
	const locale = lang(x.to.locale);
	const o = { locale };
	const title = localized(x.event.title, locale);
	const when = `${slotLabel(x.slot.startsAt, x.slot.endsAt, x.event.timeZone, locale)} (${zoneName(x.event.timeZone, locale)})`;
	const vars = { name: x.otherName || '—', title, when };
	const texts: Record<MeetingMailKind, [string, string]> = {
		requested: [m.brok_mail_requested_subject({ title }, o), m.brok_mail_requested_intro(vars, o)],
		accepted: [m.brok_mail_accepted_subject({ title }, o), m.brok_mail_accepted_intro(vars, o)],
		declined: [m.brok_mail_declined_subject({ title }, o), m.brok_mail_declined_intro(vars, o)],
		cancelled: [m.brok_mail_cancelled_subject({ title }, o), m.brok_mail_cancelled_intro(vars, o)]
	};
	const [subject, intro] = texts[kind];
	return {
		to: x.to.email,
		subject,
		text: [
			x.to.name ? m.brok_mail_greeting_named({ name: x.to.name }, o) : m.brok_mail_greeting({}, o),
			'',
			intro,
			...(x.message ? ['', `„${x.message}”`] : []),
			...(x.place ? ['', m.brok_mail_place({ place: x.place.table != null ? m.brok_table({ n: x.place.table }, o) : (x.place.url ?? '') }, o)] : []),
			'',
			m.brok_mail_link({}, o),
			mailUrl(locale, brokeragePath(x.event.slug))
		].join('\n')
	};
}
