/** The reporter's answer, in the language they reported in. */
import { m } from '$lib/paraglide/messages';
import { isLocale, type Locale } from '$lib/i18n/locales';
import type { Db } from '../db/types';
import { enqueueMail } from '../mail/outbox';

export async function mailReportOutcome(
	db: Db,
	d: { to: string; locale: string; outcome: 'resolved' | 'dismissed'; archived: boolean; listingName: string; note: string; url: string | null }
): Promise<void> {
	const locale: Locale = isLocale(d.locale) ? d.locale : 'lv';
	const name = d.listingName;
	const lines: string[] = [
		d.outcome === 'dismissed'
			? m.reports_mail_dismissed_text({ name }, { locale })
			: d.archived
				? m.reports_mail_archived_text({ name }, { locale })
				: m.reports_mail_resolved_text({ name }, { locale })
	];
	if (d.note) lines.push('', m.reports_mail_note({ note: d.note }, { locale }));
	if (d.url) lines.push('', d.url);
	lines.push('', m.reports_mail_thanks({}, { locale }));
	await enqueueMail(db, { to: d.to, subject: m.reports_mail_subject({ name }, { locale }), text: lines.join('\n') });
}
