import type { Handle } from '@sveltejs/kit';
import { config, type AppConfig } from '../config/env';
import { COMMON_SECURITY_HEADERS, HSTS } from './common-headers.js';

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

/**
 * The CSP source of the configured map tiles (MAP_TILE_URL): `https://{s}.tile.example.org/{z}/…`
 * → `https://*.tile.example.org`. A placeholder elsewhere in the host allows the scheme only.
 */
export function tileSource(tileUrl: string): string | null {
	const match = /^(https?:)\/\/([^/?#]+)/.exec(tileUrl);
	if (!match) return null;
	const [, scheme, host] = match;
	if (!host.includes('{')) return `${scheme}//${host}`;
	const [first, ...rest] = host.split('.');
	return /^\{[a-z]+\}$/.test(first) && !rest.some((label) => label.includes('{')) ? `${scheme}//*.${rest.join('.')}` : scheme;
}

/** Pages load images from this site and from the tile host, nowhere else. */
export function allowTileImages(csp: string, tileUrl: string): string {
	const source = tileSource(tileUrl);
	return source ? csp.replace(/img-src ([^;]*)/, `img-src $1 ${source}`) : csp;
}

/**
 * One page may show one third-party player in a frame (the library's video after "Play"): the page
 * names that origin in `locals.frameOrigin`, and only that response's CSP lets it in.
 */
export function allowFrameSource(csp: string, origin: string): string {
	if (!/^https:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin)) return csp;
	return /frame-src /.test(csp) ? csp.replace(/frame-src ([^;]*)/, `frame-src $1 ${origin}`) : `${csp}; frame-src ${origin}`;
}

/** Whether the browser reached us over TLS: a proxy's X-Forwarded-Proto only counts when TRUST_PROXY=true. */
export function requestIsTls(headers: Headers, cfg: Pick<AppConfig, 'trustProxy' | 'ORIGIN'>): boolean {
	if (cfg.trustProxy) return headers.get('x-forwarded-proto')?.split(',')[0].trim().toLowerCase() === 'https';
	// adapter-node speaks plain HTTP; without a trusted proxy only a configured https ORIGIN says TLS ends in front of us
	return cfg.ORIGIN?.startsWith('https://') ?? false;
}

const CHECKIN_PAGE = /^\/[a-z]{2}\/organizacijas\/[^/]+\/darbs\/pasakumi\/[^/]+\/ierasanas\/?$/;

/** Sets the security headers on one response (SvelteKit adds the page CSP with its nonces). */
export function applySecurityHeaders(headers: Headers, opts: { pathname: string; tls: boolean; tileUrl?: string; frameOrigin?: string }): void {
	for (const [name, value] of COMMON_SECURITY_HEADERS) headers.set(name, value);
	// the camera only for the event check-in scanner (staff scan QR codes at the door)
	if (CHECKIN_PAGE.test(opts.pathname)) headers.set('Permissions-Policy', 'geolocation=(self), camera=(self), microphone=()');
	if (opts.tls) headers.set(HSTS[0], HSTS[1]);
	const embeddable = isEmbeddable(opts.pathname);
	let csp = headers.get('Content-Security-Policy');
	if (csp && opts.tileUrl) headers.set('Content-Security-Policy', (csp = allowTileImages(csp, opts.tileUrl)));
	if (csp && opts.frameOrigin) headers.set('Content-Security-Policy', (csp = allowFrameSource(csp, opts.frameOrigin)));
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
	const cfg = config();
	applySecurityHeaders(response.headers, { pathname: event.url.pathname, tls: requestIsTls(event.request.headers, cfg), tileUrl: cfg.MAP_TILE_URL, frameOrigin: event.locals.frameOrigin });
	return response;
};
