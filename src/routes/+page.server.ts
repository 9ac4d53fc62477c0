import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { localeFromAcceptLanguage } from '$lib/i18n/locales';

/** "/" has no language of its own: send people to theirs (Latvian unless the browser asks otherwise). */
export const load: PageServerLoad = ({ request }) => {
	redirect(302, `/${localeFromAcceptLanguage(request.headers.get('accept-language'))}`);
};
