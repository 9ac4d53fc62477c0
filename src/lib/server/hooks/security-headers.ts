import type { Handle } from '@sveltejs/kit';

/**
 * The one page other sites may put in an <iframe>: the partner widget (/{locale}/logrikis).
 * Every other response keeps `frame-ancestors 'none'` from the CSP in vite.config.ts.
 */
export function isEmbeddable(pathname: string): boolean {
	return /^\/(lv|en|ro|ru)\/logrikis\/?$/.test(pathname);
}

/** The CSP with framing opened to any site (the widget is public, read-only and has no forms). */
export function allowAnyFrameAncestor(csp: string): string {
	return csp.replace(/frame-ancestors [^;]*/, 'frame-ancestors *');
}

/** Headers every response carries; the Content-Security-Policy itself is SvelteKit's (vite.config.ts). */
export const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const csp = response.headers.get('content-security-policy');
	if (csp && isEmbeddable(event.url.pathname)) response.headers.set('content-security-policy', allowAnyFrameAncestor(csp));
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('Permissions-Policy', 'geolocation=(self), camera=(), microphone=()');
	if (event.url.protocol === 'https:') {
		response.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	}
	return response;
};
