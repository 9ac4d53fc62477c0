import type { Cookies } from '@sveltejs/kit';
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';

/**
 * better-auth's server API answers with Set-Cookie headers; form actions and hooks pass them on
 * through SvelteKit's cookies so they reach the browser with the page (httpOnly, SameSite=Lax).
 */
export function forwardAuthCookies(cookies: Cookies, headers: Headers | null | undefined): void {
	const raw = headers?.get('set-cookie');
	if (!raw) return;
	for (const [name, attributes] of parseSetCookieHeader(raw)) {
		const options = toCookieOptions(attributes);
		cookies.set(name, attributes.value, { ...options, path: attributes.path || '/', httpOnly: true, sameSite: 'lax' });
	}
}
