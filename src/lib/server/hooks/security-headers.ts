import type { Handle } from '@sveltejs/kit';
import { config, type AppConfig } from '../config/env';

/**
 * Routes other sites may show in an iframe. Everything else refuses framing (CSP frame-ancestors
 * 'none' from vite.config.ts plus X-Frame-Options for old browsers). THE one place to open a route
 * for embedding: add its path pattern here.
 */
export const EMBEDDABLE_PATHS: RegExp[] = [
	// the partner widget (/{locale}/logrikis): public, read-only, no forms
	/^\/(lv|en|ro|ru)\/logrikis\/?$/
];

export function isEmbeddable(pathname: string): boolean {
	return EMBEDDABLE_PATHS.some((p) => p.test(pathname));
}

/** The CSP with framing opened to any site. */
export function allowAnyFrameAncestor(csp: string): string {
	return csp.replace(/frame-ancestors [^;]*/, 'frame-ancestors *');
}

/** Whether the browser reached us over TLS: a proxy's X-Forwarded-Proto only counts when TRUST_PROXY=true. */
export function requestIsTls(headers: Headers, cfg: Pick<AppConfig, 'trustProxy' | 'ORIGIN'>): boolean {
	if (cfg.trustProxy) return headers.get('x-forwarded-proto')?.split(',')[0].trim().toLowerCase() === 'https';
	// adapter-node speaks plain HTTP; without a trusted proxy only a configured https ORIGIN says TLS ends in front of us
	return cfg.ORIGIN?.startsWith('https://') ?? false;
}

const CHECKIN_PAGE = /^\/[a-z]{2}\/organizacijas\/[^/]+\/darbs\/pasakumi\/[^/]+\/ierasanas\/?$/;

/** Sets the security headers on one response (SvelteKit adds the page CSP with its nonces). */
export function applySecurityHeaders(headers: Headers, opts: { pathname: string; tls: boolean }): void {
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	// the camera only for the event check-in scanner (staff scan QR codes at the door)
	headers.set('Permissions-Policy', `geolocation=(self), camera=(${CHECKIN_PAGE.test(opts.pathname) ? 'self' : ''}), microphone=()`);
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (opts.tls) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	const embeddable = isEmbeddable(opts.pathname);
	const csp = headers.get('Content-Security-Policy');
	if (embeddable) {
		headers.delete('X-Frame-Options');
		if (csp) headers.set('Content-Security-Policy', allowAnyFrameAncestor(csp));
		return;
	}
	headers.set('X-Frame-Options', 'DENY');
	// pages carry SvelteKit's full policy; other responses (JSON, files) at least refuse framing
	if (!csp) headers.set('Content-Security-Policy', "frame-ancestors 'none'");
}

export const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	applySecurityHeaders(response.headers, { pathname: event.url.pathname, tls: requestIsTls(event.request.headers, config()) });
	return response;
};
