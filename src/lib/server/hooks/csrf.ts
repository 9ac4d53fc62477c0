import type { Handle } from '@sveltejs/kit';

/**
 * Cross-site form posts are refused — SvelteKit's own rule (csrf.checkOrigin), kept here so that
 * one address can take them: RFC 8058 one-click unsubscribe. A mail provider's "Unsubscribe"
 * button POSTs `List-Unsubscribe=One-Click` to the link in the List-Unsubscribe header from its
 * own servers, with no Origin of ours; SvelteKit's check runs before any hook and cannot except a
 * path, so vite.config.ts turns it off (csrf.trustedOrigins ['*']) and this hook does it instead.
 * The exception is safe: that action only deletes the alert its signed token names, which anyone
 * holding the mail may do anyway. THE one place to add such a path.
 */
export const CROSS_SITE_POST_PATHS: RegExp[] = [/^\/(lv|en|ro|ru)\/pazinojumi\/atteikties\/?$/, /^\/(lv|en|ro|ru)\/sadarbiba\/atteikties\/?$/];

/** The content types a plain HTML form can send (what CSRF can forge), as SvelteKit lists them. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain', 'application/x-sveltekit-formdata'];
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isCrossSiteFormPost(request: Request, url: URL): boolean {
	const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	return MUTATING.has(request.method) && FORM_TYPES.includes(type) && request.headers.get('origin') !== url.origin;
}

export function csrfForbidden(request: Request, url: URL): boolean {
	return isCrossSiteFormPost(request, url) && !CROSS_SITE_POST_PATHS.some((p) => p.test(url.pathname));
}

export const handleCsrf: Handle = async ({ event, resolve }) => {
	if (csrfForbidden(event.request, event.url)) {
		const message = `Cross-site ${event.request.method} form submissions are forbidden`;
		if (event.request.headers.get('accept') === 'application/json') return Response.json({ message }, { status: 403 });
		return new Response(message, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	}
	return resolve(event);
};
