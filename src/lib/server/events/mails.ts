/**
 * Every mail about a registration, in the person's language: what happened, when and where, the
 * personal page (QR, join link, cancel), a self-cancel link, the `.ics` and — when the person
 * holds a place — the QR code as an inline image. Delivered by the mail jobs (outbox/SMTP).
 */
import { authSecret } from '../auth/secret';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { localized } from '$lib/domain/localized';
import { eventWhen } from '$lib/events/format';
import { m } from '$lib/paraglide/messages';
import type { EventMaterial } from '../db/schema';
import type { LocalizedText } from '../db/schema/common';
import { mailUrl } from '../mail/links';
import type { OutgoingMail } from '../mail/outbox';
import { registrationIcs, type IcsEvent } from './ics';
import { checkinCode, registrationToken } from './tokens';
import { qrcode } from '../runtime/lazy-modules';

export type MailEvent = IcsEvent & { timeZone: string; joinUrl: string | null; materials: EventMaterial[]; offerHours?: number };
export type MailKind = 'registered' | 'waitlisted' | 'offered' | 'offer_expired' | 'cancelled' | 'reminder' | 'changed' | 'event_cancelled' | 'message';
export type MailRecipient = { participationId: string; email: string; name: string | null; locale: string };

export const personalPath = (slug: string) => `pasakumi/${slug}/mana`;

export function personalUrl(locale: string, slug: string, participationId: string, extra: Record<string, string> = {}): string {
	return mailUrl(locale, personalPath(slug), { k: registrationToken(participationId, authSecret()), ...extra });
}

type Texts = { subject: string; intro: string };

function texts(kind: MailKind, title: string, locale: Locale, extra: { offerUntil?: string; subject?: string; body?: string }): Texts {
	const o = { locale };
	switch (kind) {
		case 'registered':
			return { subject: m.events_mail_registered_subject({ title }, o), intro: m.events_mail_registered_intro({ title }, o) };
		case 'waitlisted':
			return { subject: m.events_mail_waitlisted_subject({ title }, o), intro: m.events_mail_waitlisted_intro({ title }, o) };
		case 'offered':
			return { subject: m.events_mail_offered_subject({ title }, o), intro: m.events_mail_offered_intro({ title, until: extra.offerUntil ?? '' }, o) };
		case 'offer_expired':
			return { subject: m.events_mail_offer_expired_subject({ title }, o), intro: m.events_mail_offer_expired_intro({ title }, o) };
		case 'cancelled':
			return { subject: m.events_mail_cancelled_subject({ title }, o), intro: m.events_mail_cancelled_intro({ title }, o) };
		case 'reminder':
			return { subject: m.events_mail_reminder_subject({ title }, o), intro: m.events_mail_reminder_intro({ title }, o) };
		case 'changed':
			return { subject: m.events_mail_changed_subject({ title }, o), intro: m.events_mail_changed_intro({ title }, o) };
		case 'event_cancelled':
			return { subject: m.events_mail_event_cancelled_subject({ title }, o), intro: m.events_mail_event_cancelled_intro({ title }, o) };
		case 'message':
			return { subject: extra.subject ?? title, intro: extra.body ?? '' };
	}
}

const holdsPlace = (kind: MailKind) => kind === 'registered' || kind === 'reminder' || kind === 'changed';
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export async function registrationMail(
	kind: MailKind,
	event: MailEvent,
	to: MailRecipient,
	extra: { offerUntil?: Date; subject?: string; body?: string; stillRegistered?: boolean } = {}
): Promise<OutgoingMail> {
	const locale: Locale = isLocale(to.locale) ? to.locale : 'lv';
	const o = { locale };
	const title = localized(event.title as LocalizedText, locale);
	const when = eventWhen(event.startsAt, event.endsAt, event.timeZone, locale);
	const offerUntil = extra.offerUntil ? new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Riga' }).format(extra.offerUntil) : undefined;
	const t = texts(kind, title, locale, { offerUntil, subject: extra.subject, body: extra.body });
	const page = personalUrl(locale, event.slug, to.participationId);
	const cancel = personalUrl(locale, event.slug, to.participationId, { atcelt: '1' });
	const place = holdsPlace(kind) || (kind === 'message' && extra.stillRegistered);
	const ended = kind === 'cancelled' || kind === 'offer_expired' || kind === 'event_cancelled';
	const before = event.materials.filter((mat) => mat.before && mat.url);

	const lines = [m.events_mail_greeting({ name: to.name ?? '' }, o), '', t.intro, '', `${title}`, when];
	if (event.venue) lines.push(event.venue);
	else if (event.online) lines.push(m.events_online({}, o));
	if (place && event.online && event.joinUrl) lines.push('', m.events_mail_join({ url: event.joinUrl }, o));
	if (place && before.length) lines.push('', m.events_mail_materials({}, o), ...before.map((mat) => `- ${localized(mat.title, locale)}: ${mat.url}`));
	if (kind === 'offered') lines.push('', m.events_mail_offer_accept({ url: page }, o));
	if (!ended) lines.push('', m.events_mail_personal({ url: page }, o), m.events_mail_cancel_link({ url: cancel }, o));
	if (place) lines.push('', m.events_mail_qr_note({}, o));
	lines.push('', m.events_mail_ics_note({}, o));
	const text = lines.join('\n');

	const attachments: NonNullable<OutgoingMail['attachments']> = [
		{
			filename: 'pasakums.ics',
			contentType: `text/calendar; charset=utf-8; method=${kind === 'event_cancelled' || ended ? 'CANCEL' : 'PUBLISH'}`,
			content: Buffer.from(
				registrationIcs({ ...event, status: kind === 'event_cancelled' || ended ? 'cancelled' : event.status }, locale, page, place && event.online && event.joinUrl ? event.joinUrl : undefined)
			).toString('base64')
		}
	];
	let html: string | undefined;
	if (place) {
		const code = checkinCode(to.participationId, authSecret());
		const png = await (await qrcode()).toBuffer(code, { margin: 2, width: 320, errorCorrectionLevel: 'M' });
		attachments.push({ filename: 'qr.png', contentType: 'image/png', content: png.toString('base64'), cid: 'qr@tuvuma' });
		const body = escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (u) => `<a href="${u}">${u}</a>`).replaceAll('\n', '<br>');
		html = `<div style="font-family:sans-serif;line-height:1.5">${body}<p><img src="cid:qr@tuvuma" width="200" height="200" alt="${escapeHtml(m.events_qr_alt({}, o))}"></p></div>`;
	}
	return { to: to.email, subject: t.subject, text, html, attachments };
}
