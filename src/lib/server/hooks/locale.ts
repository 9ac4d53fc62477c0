import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { localeFromPath, BASE_LOCALE } from '$lib/i18n/locales';

/** Runs the request inside Paraglide's per-request locale and writes <html lang>. */
export const handleLocale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request }) => {
		event.request = request;
		const locale = localeFromPath(event.url.pathname) ?? BASE_LOCALE;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale)
		});
	});
