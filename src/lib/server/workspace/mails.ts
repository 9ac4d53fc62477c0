/** Mails of the workspace, in the language the inviter chose for the invitee. */
import { m } from '$lib/paraglide/messages';
import { isLocale, type Locale } from '$lib/i18n/locales';
import type { OrganisationRole } from '../auth/permissions';
import type { Db } from '../db/types';
import { mailUrl } from '../mail/links';
import { enqueueMail } from '../mail/outbox';

export const INVITATION_PATH = 'ielugums';

export function roleLabel(role: OrganisationRole, locale: Locale): string {
	return role === 'coordinator' ? m.workspace_role_coordinator({}, { locale }) : m.workspace_role_editor({}, { locale });
}

export async function mailInvitation(
	db: Db,
	d: { to: string; locale: string; organisation: string; role: OrganisationRole; inviter: string; token: string; expiresAt: Date }
): Promise<void> {
	const locale: Locale = isLocale(d.locale) ? d.locale : 'lv';
	const url = mailUrl(locale, INVITATION_PATH, { token: d.token });
	const until = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Riga' }).format(d.expiresAt);
	await enqueueMail(db, {
		to: d.to,
		subject: m.workspace_mail_invite_subject({ organisation: d.organisation }, { locale }),
		text: m.workspace_mail_invite_text({ organisation: d.organisation, role: roleLabel(d.role, locale), inviter: d.inviter, url, until, email: d.to }, { locale })
	});
}
