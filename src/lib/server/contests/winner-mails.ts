/** Tells a drawn winner (or the alternate who moved up) and gives them the personal consent link. */
import { isLocale } from '$lib/i18n/locales';
import { localized } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import { authSecret } from '../auth/secret';
import type { Db } from '../db/types';
import { mailUrl } from '../mail/links';
import { enqueueMail } from '../mail/outbox';
import type { ContestRow } from './contests-repository';
import { consentToken } from './tokens';

export const consentPath = (slug: string) => `konkursi/${slug}/piekrisana`;

export async function queueWinnerMails(tx: Db, c: Pick<ContestRow, 'slug' | 'title' | 'isDemo'>, winners: { id: string; email: string | null; name: string | null; locale?: string }[]): Promise<void> {
	if (c.isDemo) return; // demo entrants are fictional
	for (const w of winners) {
		if (!w.email) continue; // anonymised meanwhile: nobody to tell
		const locale = isLocale(w.locale) ? w.locale : 'lv';
		const url = mailUrl(locale, consentPath(c.slug), { kods: consentToken(w.id, authSecret()) });
		const title = localized(c.title, locale);
		await enqueueMail(tx, { to: w.email, subject: m.contest_mail_winner_subject({ title }, { locale }), text: m.contest_mail_winner_text({ title, url }, { locale }) });
	}
}
