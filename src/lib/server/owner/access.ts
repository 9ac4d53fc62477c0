import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { can, type Principal } from '$lib/server/auth/permissions';

type Ev = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** For dashboard page loads (mutations call authorize() themselves): sign in first, then own it. */
export function ownerReach(event: Ev): { principal: NonNullable<Principal>; producerId: string } {
	const principal = event.locals.principal ?? null;
	if (!principal) redirect(303, `/${event.params.lang ?? 'lv'}/ienakt?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	const producerId = event.params.id ?? '';
	if (!UUID.test(producerId)) error(404, 'Not found');
	if (!can(principal, 'update:producer', { producerId })) error(403, 'Forbidden');
	return { principal, producerId };
}

export function signedIn(event: Ev): NonNullable<Principal> {
	const principal = event.locals.principal ?? null;
	if (!principal) redirect(303, `/${event.params.lang ?? 'lv'}/ienakt?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	return principal;
}

/** The author of an owner's revision: the signed-in user, writing in the page's language. */
export function authorOf(event: Ev): { userId: string; email: string; locale: string } {
	const p = event.locals.principal!;
	return { userId: p.userId, email: p.email, locale: event.params.lang ?? 'lv' };
}
