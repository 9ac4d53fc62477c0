import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { localeFromAcceptLanguage } from '$lib/i18n/locales';

/**
 * "/" has no language of its own: send people to theirs (Latvian unless the browser asks otherwise).
 * The answer depends on Accept-Language, and caches must know it (every other page has its
 * language in the path).
 */
export const load: PageServerLoad = ({ request, setHeaders }) => {
	setHeaders({ vary: 'Accept-Language' });
	redirect(302, `/${localeFromAcceptLanguage(request.headers.get('accept-language'))}`);
};
