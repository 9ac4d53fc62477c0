/**
 * The public side of registering: a signed-in person (confirmed account) gets their place at once;
 * anyone else gets a confirmation link by e-mail and the place is decided when they use it
 * (people/confirmation.ts, purpose `event-registration`). The same form sent twice mails once.
 */
import { authSecret } from '../auth/secret';
import type { Locale } from '$lib/i18n/locales';
import { localized } from '$lib/domain/localized';
import { m } from '$lib/paraglide/messages';
import type { Principal } from '../auth/permissions';
import type { Db } from '../db/types';
import { registerConfirmationPurpose, requestConfirmation } from '../people/confirmation';
import { hasOpenConfirmation } from '../people/confirmations-repository';
import { personForEmail, personForUser } from '../people/flow';
import { findEvent } from './events-repository';
import { personalPath } from './mails';
import { registrationToken } from './tokens';
import { takeSeat, type RegistrationRequest, type SeatResult } from './registration-flow';

export const REGISTRATION_PURPOSE = 'event-registration';
const REPEAT_WINDOW_MS = 15 * 60_000;

registerConfirmationPurpose(REGISTRATION_PURPOSE, {
	ttlHours: 48,
	mail: ({ locale, url, payload }) => ({
		subject: m.events_mail_confirm_subject({ title: String(payload.title ?? '') }, { locale }),
		text: m.events_mail_confirm_text({ title: String(payload.title ?? ''), url }, { locale })
	}),
	onConfirmed: async (tx, { person, payload, now, locale }) => {
		const req = payload.request as RegistrationRequest;
		const result = await takeSeat(tx, person, req, now);
		if (!result.ok) return { message: m.events_registration_closed({}, { locale }) };
		const event = await findEvent(tx, req.eventId);
		return {
			next: event ? `/${locale}/${personalPath(event.slug)}?k=${encodeURIComponent(registrationToken(result.participationId, authSecret()))}` : undefined,
			message: result.status === 'registered' ? m.events_registered_message({}, { locale }) : m.events_waitlisted_message({}, { locale })
		};
	}
});

export type RegisterInput = RegistrationRequest & { email: string; name: string; locale: Locale };
export type RegisterOutcome = { kind: 'seat'; result: SeatResult; token: string | null } | { kind: 'check_mail' } | { kind: 'closed' } | { kind: 'not_found' };

export async function registerForEvent(db: Db, principal: Principal, input: RegisterInput, now = new Date()): Promise<RegisterOutcome> {
	const { email, name, locale, ...req } = input;
	return db.transaction(async (tx) => {
		const event = await findEvent(tx, req.eventId);
		if (!event || event.status !== 'published') return { kind: 'not_found' };
		// a signed-in person registering themselves: the account's address is already confirmed
		if (principal && principal.emailVerified && principal.email.toLowerCase() === email.toLowerCase()) {
			const person = await personForUser(tx, { id: principal.userId, email: principal.email, name, locale }, now);
			const result = await takeSeat(tx, person, req, now);
			if (!result.ok) return { kind: result.reason === 'closed' ? 'closed' : 'not_found' };
			return { kind: 'seat', result, token: registrationToken(result.participationId, authSecret()) };
		}
		const person = await personForEmail(tx, { email, name, locale });
		const repeat = await hasOpenConfirmation(tx, { personId: person.id, purpose: REGISTRATION_PURPOSE, key: 'eventId', value: event.id, since: new Date(now.getTime() - REPEAT_WINDOW_MS), now });
		if (!repeat) {
			await requestConfirmation(tx, { person, purpose: REGISTRATION_PURPOSE, payload: { eventId: event.id, title: localized(event.title, locale), request: req }, locale }, now);
		}
		return { kind: 'check_mail' };
	});
}
