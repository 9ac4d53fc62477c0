/**
 * The cooperation profiles' vocabulary for code that must not import the database schema (pages,
 * forms, the matcher). The schema (db/schema/cooperation.ts) holds the same lists; kinds.test.ts
 * keeps the two equal.
 */
export const DIRECTIONS = ['offer', 'request'] as const;
export type CooperationDirection = (typeof DIRECTIONS)[number];
export const KINDS = ['distribution', 'sourcing', 'joint_venture', 'subcontracting', 'tourism_package', 'know_how', 'municipal_partnership', 'project_partner'] as const;
export type CooperationKind = (typeof KINDS)[number];
/** Countries a profile can name: the programme's two first, then neighbours and the EU partners LAGs work with. */
export const COUNTRIES = ['LV', 'MD', 'LT', 'EE', 'RO', 'UA', 'PL', 'DE', 'FI', 'SE'] as const;
/** Languages a profile's owner works in. */
export const WORK_LANGUAGES = ['lv', 'ro', 'ru', 'en', 'lt', 'de'] as const;
/** Default life of a published profile, and the reminder before it ends. */
export const PROFILE_MONTHS = 6;
export const REMIND_DAYS = 14;

export function addMonths(d: Date, months: number): Date {
	const x = new Date(d);
	x.setUTCMonth(x.getUTCMonth() + months);
	return x;
}
