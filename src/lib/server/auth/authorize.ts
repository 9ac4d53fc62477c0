import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { can, type Capability, type Principal, type ResourceScope } from './permissions';

/** A resource scope, or a function that loads it (called only after the route is known). */
export type ResourceInput = ResourceScope | (() => ResourceScope | Promise<ResourceScope>);

/**
 * The first statement of every mutation (see mutation-guard.test.ts).
 * Returns the principal when allowed. Otherwise: an anonymous visitor on a page is sent to sign in
 * (and back afterwards); an anonymous API caller gets 401; a signed-in user without the right gets 403.
 */
export async function authorize(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>,
	capability: Capability,
	resource?: ResourceInput
): Promise<Principal> {
	const principal = event.locals.principal ?? null;
	const scope = typeof resource === 'function' ? await resource() : resource;
	if (can(principal, capability, scope)) return principal;
	if (!principal) {
		if (event.url.pathname.startsWith('/api/')) error(401, 'Sign in required');
		const lang = event.params.lang ?? 'lv';
		redirect(303, `/${lang}/ienakt?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	error(403, 'Forbidden');
}

/** Like `authorize` but for a signed-in user only; narrows the return type. */
export async function requirePermission(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>,
	capability: Capability,
	resource?: ResourceInput
): Promise<NonNullable<Principal>> {
	const principal = await authorize(event, capability, resource);
	if (!principal) error(401, 'Sign in required');
	return principal;
}
