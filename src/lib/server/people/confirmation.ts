/**
 * Confirming a person's address by a signed, single-use link sent through the mail jobs — the
 * way a suggestion is confirmed, for anything a person does without an account (an event
 * registration, a survey, a contest entry). A feature registers a purpose: the mail it sends and
 * what happens once the link is used, inside the same transaction. Decision 006.
 */
import { authSecret } from '../auth/secret';
import type { Locale } from '$lib/i18n/locales';
import { isLocale } from '$lib/i18n/locales';
import { m } from '$lib/paraglide/messages';
import type { Db } from '../db/types';
import { mailUrl } from '../mail/links';
import { enqueueMail } from '../mail/outbox';
import { confirmationState, consumeConfirmation, insertConfirmation } from './confirmations-repository';
import { findPersonById, updatePerson, type PersonRow } from './people-repository';
import { signConfirmationToken, verifyConfirmationToken } from './tokens';

export type ConfirmationPurpose = {
	/** How long the link works. */
	ttlHours: number;
	mail: (p: { locale: Locale; name: string | null; url: string; payload: Record<string, unknown> }) => { subject: string; text: string };
	/** Runs in the confirming transaction; says where the person goes next (a path) and what to tell them. */
	onConfirmed: (tx: Db, p: { person: PersonRow; payload: Record<string, unknown>; now: Date; locale: Locale }) => Promise<{ next?: string; message?: string }>;
};

const purposes = new Map<string, ConfirmationPurpose>();

export function registerConfirmationPurpose(name: string, purpose: ConfirmationPurpose): void {
	if (purposes.has(name)) throw new Error(`Confirmation purpose "${name}" registered twice`);
	purposes.set(name, purpose);
}

/** The plain one: "this address is mine" (a person confirms before taking part in anything). */
export const CONFIRM_EMAIL = 'email';
registerConfirmationPurpose(CONFIRM_EMAIL, {
	ttlHours: 72,
	mail: ({ locale, url }) => ({ subject: m.people_mail_confirm_subject({}, { locale }), text: m.people_mail_confirm_text({ url }, { locale }) }),
	onConfirmed: async () => ({})
});

export const CONFIRMATION_PATH = 'apstiprinat-e-pastu';

/** Stores a confirmation and queues its mail, in the caller's transaction. Returns the token (tests read it from the mail). */
export async function requestConfirmation(
	tx: Db,
	input: { person: PersonRow; purpose: string; payload?: Record<string, unknown>; locale?: string },
	now = new Date()
): Promise<string> {
	const purpose = purposes.get(input.purpose);
	if (!purpose) throw new Error(`Unknown confirmation purpose "${input.purpose}"`);
	if (!input.person.email) throw new Error('requestConfirmation: the person has no address (anonymised)');
	const locale: Locale = isLocale(input.locale) ? input.locale : isLocale(input.person.locale) ? input.person.locale : 'lv';
	const payload = input.payload ?? {};
	const expiresAt = new Date(now.getTime() + purpose.ttlHours * 3_600_000);
	const id = await insertConfirmation(tx, { personId: input.person.id, purpose: input.purpose, payload: { ...payload, locale }, expiresAt });
	const token = signConfirmationToken(id, expiresAt, authSecret());
	const url = mailUrl(locale, CONFIRMATION_PATH, { token });
	await enqueueMail(tx, { to: input.person.email, ...purpose.mail({ locale, name: input.person.name, url, payload }) });
	return token;
}

export type ConfirmResult =
	| { ok: true; next: string | null; message: string | null }
	| { ok: false; reason: 'invalid' | 'expired' | 'used' };

/**
 * Uses a link: the signature and expiry are checked first, then the row is consumed (once — two
 * clicks racing get one success and one "already used"), the person is confirmed and the
 * purpose's action runs, all in one transaction.
 */
export async function confirmByToken(db: Db, token: string, now = new Date()): Promise<ConfirmResult> {
	const check = verifyConfirmationToken(token, authSecret(), now);
	if (!check.ok) return { ok: false, reason: check.reason === 'expired' ? 'expired' : 'invalid' };
	return db.transaction(async (tx) => {
		const row = await consumeConfirmation(tx, check.id, now);
		if (!row) {
			const state = await confirmationState(tx, check.id);
			return { ok: false, reason: state === 'used' ? 'used' : state === 'open' ? 'expired' : 'invalid' };
		}
		const person = await findPersonById(tx, row.personId);
		const purpose = purposes.get(row.purpose);
		if (!person || !purpose || person.anonymisedAt) return { ok: false, reason: 'invalid' };
		if (!person.confirmedAt) await updatePerson(tx, person.id, { confirmedAt: now });
		const locale: Locale = isLocale(String(row.payload.locale)) ? (row.payload.locale as Locale) : 'lv';
		const done = await purpose.onConfirmed(tx, { person: { ...person, confirmedAt: person.confirmedAt ?? now }, payload: row.payload, now, locale });
		return { ok: true, next: done.next ?? null, message: done.message ?? null };
	});
}
