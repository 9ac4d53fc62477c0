/** What the brokerage routes share: the event by slug, the signed-in account, refusals in words. */
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Principal } from '../auth/permissions';
import { db } from '../db/bootstrap';
import { findEventBySlug, type EventRow } from '../events/events-repository';
import type { Account, Refusal } from './participant-flow';

/** A published event with a brokerage day is the only one whose participants' page exists. */
export async function publishedEvent(event: Pick<RequestEvent, 'params'>): Promise<EventRow> {
	const found = await findEventBySlug(db(), event.params.slug ?? '');
	if (!found || found.status !== 'published') error(404, 'Not found');
	return found;
}

/** The `own` scope of a participant's action: the signed-in account itself; the flow checks its registration. */
export const ownScope = (event: Pick<RequestEvent, 'locals'>) => ({ userId: event.locals.principal?.userId ?? null });

/** An account's address counts only when it is verified: otherwise anyone could claim a registrant's address. */
export const accountOf = (p: NonNullable<Principal>): Account => ({ userId: p.userId, email: p.emailVerified ? p.email : '' });

export function refusalText(r: Refusal): string {
	const t: Record<Refusal, () => string> = {
		no_day: m.brok_err_no_day,
		not_registered: m.brok_err_not_registered,
		closed: m.brok_err_closed,
		self: m.brok_err_self,
		not_participant: m.brok_err_not_participant,
		no_slot: m.brok_err_no_slot,
		you_busy: m.brok_err_you_busy,
		they_busy: m.brok_err_they_busy,
		duplicate: m.brok_err_duplicate,
		not_yours: m.brok_err_not_yours,
		not_open: m.brok_err_not_open,
		profile: m.brok_err_profile,
		tables_full: m.brok_err_tables_full
	};
	return t[r]();
}
