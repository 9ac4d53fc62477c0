import { defineCustomClientStrategy, defineCustomServerStrategy } from '$lib/paraglide/runtime';
import { localeFromPath } from './locales';

/**
 * Paraglide reads the locale from the URL's first segment on both sides. The server runs each
 * request inside paraglideMiddleware (AsyncLocalStorage), so concurrent requests never mix languages.
 */
export function registerServerLocaleStrategy(): void {
	defineCustomServerStrategy('custom-path', {
		getLocale: (request) => (request ? localeFromPath(new URL(request.url).pathname) : undefined)
	});
}

export function registerClientLocaleStrategy(): void {
	defineCustomClientStrategy('custom-path', {
		getLocale: () => localeFromPath(window.location.pathname) ?? document.documentElement.lang,
		// Switching language is a full navigation to another /{locale}/ URL, nothing to store.
		setLocale: () => {}
	});
}
