/** The mails of "book a visit": to the host's staff, the requester's receipt, and the host's reply. */
import { isLocale, type Locale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import { mailUrl } from '../mail/links';
import type { OutgoingMail } from '../mail/outbox';
import type { VisitForm } from './forms';

const lang = (l: string): Locale => (isLocale(l) ? l : 'lv');

/** Staff read their workspace in Latvian first; the request's own words are quoted as typed. */
export function hostMail(to: string, v: { place: string; organisationSlug: string; placeId: string; form: VisitForm }): OutgoingMail {
	const o = { locale: 'lv' as const };
	const lines = [
		m.cowork_mail_host_intro({ place: v.place }, o),
		'',
		`${m.cowork_visit_name({}, o)}: ${v.form.name}`,
		`${m.cowork_visit_email({}, o)}: ${v.form.email}`,
		...(v.form.phone ? [`${m.cowork_visit_phone({}, o)}: ${v.form.phone}`] : []),
		...(v.form.preferredOn ? [`${m.cowork_visit_date({}, o)}: ${v.form.preferredOn}`] : []),
		...(v.form.message ? ['', v.form.message] : []),
		'',
		m.cowork_mail_host_inbox({ url: mailUrl('lv', `organizacijas/${v.organisationSlug}/darbs/vietas/${v.placeId}`) }, o)
	];
	return { to, subject: m.cowork_mail_host_subject({ place: v.place }, o), text: lines.join('\n') };
}

export function receiptMail(v: { place: string; placeSlug: string; locale: string; form: VisitForm }): OutgoingMail {
	const o = { locale: lang(v.locale) };
	const text = [
		m.cowork_mail_receipt_intro({ name: v.form.name, place: v.place }, o),
		...(v.form.preferredOn ? [`${m.cowork_visit_date({}, o)}: ${v.form.preferredOn}`] : []),
		'',
		m.cowork_mail_receipt_outro({}, o),
		mailUrl(o.locale, `vietas/${v.placeSlug}`)
	].join('\n');
	return { to: v.form.email, subject: m.cowork_mail_receipt_subject({ place: v.place }, o), text };
}

export function replyMail(v: { to: string; place: string; host: string; body: string }): OutgoingMail {
	const o = { locale: 'lv' as const };
	return { to: v.to, subject: m.cowork_mail_reply_subject({ place: v.place }, o), text: `${v.body}\n\n— ${v.host}` };
}
