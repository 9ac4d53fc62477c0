import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { can, grantedScope, type Capability, type Principal, type ResourceScope } from './permissions';

type Ev = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

/** An anonymous visitor is sent to sign in and brought back afterwards; an API caller gets 401. */
export function signInFirst(event: Ev): never {
	if (event.url.pathname.startsWith('/api/')) error(401, 'Sign in required');
	redirect(303, `/${event.params.lang ?? 'lv'}/ienakt?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
}

/** The signed-in person, or sign in first (for pages whose rows are checked one by one afterwards). */
export function signedIn(event: Ev): NonNullable<Principal> {
	return event.locals.principal ?? signInFirst(event);
}

/**
 * For lists a reviewer reads (queue, claims, reports): where `capability` reaches — null for
 * everywhere, else the territory's municipality ids. Sign in first; 403 without territory or any reach.
 */
export function readerReach(event: Ev, capability: Capability): number[] | null {
	const principal = event.locals.principal ?? null;
	const scope = grantedScope(principal, capability);
	if (scope === 'any') return null;
	if (!principal) signInFirst(event);
	if (scope !== 'territory') error(403, 'Forbidden');
	return principal.territoryIds.map(Number);
}

/** A resource scope, or a function that loads it (called only after the route is known). */
export type ResourceInput = ResourceScope | (() => ResourceScope | Promise<ResourceScope>);

/**
 * The first statement of every mutation (see mutation-guard.test.ts).
 * Returns the principal when allowed. Otherwise: an anonymous visitor on a page is sent to sign in
 * (and back afterwards); an anonymous API caller gets 401; a signed-in user without the right gets 403.
 */
export async function authorize(
	event: Ev,
	capability: Capability,
	resource?: ResourceInput
): Promise<Principal> {
	const principal = event.locals.principal ?? null;
	const scope = typeof resource === 'function' ? await resource() : resource;
	if (can(principal, capability, scope)) return principal;
	if (!principal) signInFirst(event);
	error(403, 'Forbidden');
}

/** Like `authorize` but for a signed-in user only; narrows the return type. */
export async function requirePermission(
	event: Ev,
	capability: Capability,
	resource?: ResourceInput
): Promise<NonNullable<Principal>> {
	const principal = await authorize(event, capability, resource);
	if (!principal) error(401, 'Sign in required');
	return principal;
}
