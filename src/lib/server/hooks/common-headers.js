// Security headers every response carries — pages and JSON (hooks/security-headers.ts) and the
// static files adapter-node serves before any hook runs (scripts/server.mjs). Plain JavaScript so
// the server script can import it as it is.

/** @type {[string, string][]} */
export const COMMON_SECURITY_HEADERS = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	['Permissions-Policy', 'geolocation=(self), camera=(), microphone=()'],
	['Cross-Origin-Opener-Policy', 'same-origin']
];

export const HSTS = ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'];

/**
 * Static files (scripts, stylesheets, the icon): never framed, never a document that runs
 * anything, and only for this site's own pages.
 * @type {[string, string][]}
 */
export const STATIC_FILE_HEADERS = [
	...COMMON_SECURITY_HEADERS,
	['X-Frame-Options', 'DENY'],
	['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; sandbox"],
	['Cross-Origin-Resource-Policy', 'same-origin']
];
