import { m } from '$lib/paraglide/messages';

/** How a contributor is named on pages: their name, or "deleted user" once they deleted the account. */
export function userDisplayName(u: { name: string; deletedAt: Date | string | null }, locale: string): string {
	if (u.deletedAt) return m.account_deleted_user({}, { locale: locale as 'lv' });
	return u.name;
}
