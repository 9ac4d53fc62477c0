/**
 * Who is searching, as far as the demand log may know it: never stored, only hashed with the
 * day's salt (demand-log.ts). Read from SvelteKit's current request, so the search flow needs no
 * extra parameter; a search outside a request (tests, the seed, a script) has no visitor.
 */
import { getRequestEvent } from '$app/server';
import { isbot } from 'isbot';

export type Visitor = { address: string; userAgent: string };

export function currentVisitor(): Visitor | null {
	let event: ReturnType<typeof getRequestEvent>;
	try {
		event = getRequestEvent();
	} catch {
		return null; // not inside a request: nothing to tell one visitor from another
	}
	const userAgent = event.request.headers.get('user-agent') ?? '';
	return { address: clientAddress(event), userAgent };
}

function clientAddress(event: ReturnType<typeof getRequestEvent>): string {
	// the one client address of the request (hooks/client-address.ts: trusted proxy hops applied);
	// empty outside a request with a socket, where the browser alone still dedupes
	return event.locals.clientAddress ?? '';
}

/** Crawlers, link checkers and scripts without a browser name: their searches are nobody's need. */
export function isAutomated(visitor: Visitor): boolean {
	return visitor.userAgent.trim() === '' || isbot(visitor.userAgent);
}
